<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CounsellorView</name>
    <message numerus="yes">
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="385"/>
        <source>{shown} of %n client(s)</source>
        <translation>
            <numerusform>{shown} of %n client</numerusform>
            <numerusform>{shown} of %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="708"/>
        <source>Erase {name}?

This removes the client&apos;s record, all %n assessment(s) with their notes, unfinished answers in this data folder that belong to the client, and the client from the backup copies the app keeps in the data folder.

It cannot reach files saved elsewhere: PDF reports, exported data and backups saved in other folders or given to the client. Delete those yourself.

This cannot be undone.</source>
        <translation>
            <numerusform>Erase {name}?

This removes the client&apos;s record, %n assessment with its notes, unfinished answers in this data folder that belong to the client, and the client from the backup copies the app keeps in the data folder.

It cannot reach files saved elsewhere: PDF reports, exported data and backups saved in other folders or given to the client. Delete those yourself.

This cannot be undone.</numerusform>
            <numerusform>Erase {name}?

This removes the client&apos;s record, all %n assessments with their notes, unfinished answers in this data folder that belong to the client, and the client from the backup copies the app keeps in the data folder.

It cannot reach files saved elsewhere: PDF reports, exported data and backups saved in other folders or given to the client. Delete those yourself.

This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
