<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CounsellorView</name>
    <message numerus="yes">
        <source>{shown} of %n client(s)</source>
        <translation>
            <numerusform>{shown} of %n client</numerusform>
            <numerusform>{shown} of %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
<context>
    <name>RecordActions</name>
    <message numerus="yes">
        <source>Due for review or erasure: nothing new for more than %n month(s).</source>
        <translation>
            <numerusform>Due for review or erasure: nothing new for more than %n month.</numerusform>
            <numerusform>Due for review or erasure: nothing new for more than %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the assessment of {date} ({result})? It is erased without a trace, and with it everything recorded on it: %n note(s), the next meeting and your ratings, if any. This cannot be undone.</source>
        <translation>
            <numerusform>Delete the assessment of {date} ({result})? It is erased without a trace, and with it everything recorded on it: %n note, the next meeting and your ratings, if any. This cannot be undone.</numerusform>
            <numerusform>Delete the assessment of {date} ({result})? It is erased without a trace, and with it everything recorded on it: %n notes, the next meeting and your ratings, if any. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clients with nothing new for more than %n month(s) are marked for review.</source>
        <translation>
            <numerusform>Clients with nothing new for more than %n month are marked for review.</numerusform>
            <numerusform>Clients with nothing new for more than %n months are marked for review.</numerusform>
        </translation>
    </message>
</context>
</TS>
