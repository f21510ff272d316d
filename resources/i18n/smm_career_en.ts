<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CounsellorView</name>
    <message numerus="yes">
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="388"/>
        <source>{shown} of %n client(s)</source>
        <translation>
            <numerusform>{shown} of %n client</numerusform>
            <numerusform>{shown} of %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="784"/>
        <source>Erase {name} and all %n assessment(s), notes and unfinished answers? Nothing about this client will be left on this computer. This cannot be undone.</source>
        <translation>
            <numerusform>Erase {name} and %n assessment, notes and unfinished answers? Nothing about this client will be left on this computer. This cannot be undone.</numerusform>
            <numerusform>Erase {name} and all %n assessments, notes and unfinished answers? Nothing about this client will be left on this computer. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
