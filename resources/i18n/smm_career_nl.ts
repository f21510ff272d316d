<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AssessmentDateDialog</name>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="143"/>
        <source>Change date</source>
        <translation>Datum wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="148"/>
        <source>The date cannot be in the future.</source>
        <translation>De datum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="152"/>
        <source>Day the assessment was taken</source>
        <translation>Dag waarop de vragenlijst is ingevuld</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <location filename="../../app/gui/wizard.py" line="208"/>
        <source>Your answers from {when} were recovered.</source>
        <translation>Je antwoorden van {when} zijn teruggezet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="245"/>
        <source>Language: {name}</source>
        <translation>Taal: {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="247"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="248"/>
        <source>&amp;Answers</source>
        <translation>&amp;Antwoorden</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="249"/>
        <source>&amp;Save answers as…</source>
        <translation>Antwoorden &amp;opslaan als…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="250"/>
        <source>&amp;Open answers…</source>
        <translation>Antwoorden o&amp;penen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="251"/>
        <source>&amp;Compare with earlier answers…</source>
        <translation>&amp;Vergelijken met eerdere antwoorden…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="252"/>
        <source>S&amp;ources…</source>
        <translation>&amp;Bronnen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="253"/>
        <source>What the questions rest on: the source articles</source>
        <translation>Waar de vragen op berusten: de bronartikelen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="259"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="261"/>
        <source>Your answers are saved; you can continue later.</source>
        <translation>Je antwoorden zijn opgeslagen; je kunt later verdergaan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="304"/>
        <source>my-answers</source>
        <translation>mijn-antwoorden</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="310"/>
        <source>Save answers as</source>
        <translation>Antwoorden opslaan als</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="310"/>
        <location filename="../../app/gui/wizard.py" line="346"/>
        <source>Answer files (*.json)</source>
        <translation>Antwoordbestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="326"/>
        <source>The answers could not be saved as {path}: {reason}</source>
        <translation>De antwoorden konden niet worden opgeslagen als {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="346"/>
        <source>Compare with earlier answers</source>
        <translation>Vergelijken met eerdere antwoorden</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="397"/>
        <source>Close your results?</source>
        <translation>Je resultaat sluiten?</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="397"/>
        <source>Leave the assessment?</source>
        <translation>De vragenlijst verlaten?</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="399"/>
        <source>Your latest answers could not be saved: {reason}</source>
        <translation>Je laatste antwoorden konden niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="402"/>
        <source>The answers are kept in the client&apos;s record: select this assessment there and choose “Continue selected” to go on later.</source>
        <translation>De antwoorden worden bewaard bij de gegevens van de cliënt: kies daar deze vragenlijst en klik op „Verder met de gekozen vragenlijst” om later verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="407"/>
        <source>Your answers are kept on this computer: choose “Continue a saved assessment” on the start page to go on later.</source>
        <translation>Je antwoorden blijven op deze computer opgeslagen: kies op de startpagina ‘Verder met een opgeslagen vragenlijst’ om later verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="413"/>
        <source>On a shared computer you can remove them instead. To keep a copy, use “Save answers as…” first.</source>
        <translation>Op een gedeelde computer kun je ze in plaats daarvan verwijderen. Wil je een kopie houden, kies dan eerst ‘Antwoorden opslaan als…’.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="417"/>
        <source>&amp;Remove my answers and close</source>
        <translation>Mijn antwoorden &amp;verwijderen en sluiten</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="422"/>
        <source>&amp;Leave</source>
        <translation>&amp;Verlaten</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="422"/>
        <source>C&amp;lose</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="425"/>
        <source>&amp;Stay</source>
        <translation>&amp;Blijven</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../app/gui/background.py" line="111"/>
        <source>Making the PDF…</source>
        <translation>De pdf wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="160"/>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="164"/>
        <source>If you lose the new passphrase, the records are lost. Write it down somewhere safe, and make a backup of the records (“Back up records…” in counsellor mode).</source>
        <translation>Als je de nieuwe wachtwoordzin kwijtraakt, ben je de cliëntgegevens kwijt. Schrijf hem op een veilige plek op en maak een reservekopie van de gegevens („Reservekopie maken…” in de begeleidersmodus).</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="173"/>
        <source>New passphrase:</source>
        <translation>Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="174"/>
        <source>Repeat it:</source>
        <translation>Herhaal hem:</translation>
    </message>
</context>
<context>
    <name>ClientDetailsDialog</name>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="50"/>
        <source>New client</source>
        <translation>Nieuwe cliënt</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="50"/>
        <source>Edit client details</source>
        <translation>Gegevens van de cliënt wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="64"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="65"/>
        <source>E-mail (optional)</source>
        <translation>E-mail (optioneel)</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="66"/>
        <source>Phone (optional)</source>
        <translation>Telefoon (optioneel)</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../app/gui/counsellor/client_model.py" line="110"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_model.py" line="110"/>
        <source>Assessments</source>
        <translation>Vragenlijsten</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_model.py" line="110"/>
        <source>Last assessment</source>
        <translation>Laatste vragenlijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_model.py" line="110"/>
        <source>Next meeting</source>
        <translation>Volgende afspraak</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_model.py" line="126"/>
        <source>Due for review or erasure: nothing new for longer than the retention period</source>
        <translation>Beoordelen of wissen: al langer dan de bewaartermijn niets nieuws</translation>
    </message>
</context>
<context>
    <name>CounsellorMode</name>
    <message>
        <location filename="../../app/gui/counsellor/mode.py" line="159"/>
        <source>That passphrase is not right. Try again.</source>
        <translation>Die wachtwoordzin klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/mode.py" line="163"/>
        <source>The client store cannot be opened: {reason}</source>
        <translation>De cliëntendatabase kan niet worden geopend: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/mode.py" line="220"/>
        <source>The client records were replaced by another program (a restored backup?). Enter the passphrase to open them as they are now.</source>
        <translation>De cliëntgegevens zijn door een ander programma vervangen (een teruggezette reservekopie?). Voer de wachtwoordzin in om ze te openen zoals ze nu zijn.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/mode.py" line="286"/>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>De wachtwoordzin is gewijzigd. Gebruik voortaan de nieuwe.</translation>
    </message>
</context>
<context>
    <name>CounsellorView</name>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="288"/>
        <source>← Start page</source>
        <translation>← Startpagina</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="289"/>
        <source>Search by name, e-mail or phone…</source>
        <translation>Zoek op naam, e-mail of telefoon…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="292"/>
        <source>New client…</source>
        <translation>Nieuwe cliënt…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="293"/>
        <source>Choose a client on the left, or add a new one.</source>
        <translation>Kies links een cliënt of voeg een nieuwe toe.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="294"/>
        <source>New assessment</source>
        <translation>Nieuwe vragenlijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="295"/>
        <source>Continue selected</source>
        <translation>Verder met de gekozen vragenlijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="296"/>
        <source>Your ratings…</source>
        <translation>Jouw inschattingen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="297"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="862"/>
        <source>Progress report (PDF)…</source>
        <translation>Voortgangsrapport (pdf)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="298"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="779"/>
        <source>Export data (JSON)…</source>
        <translation>Gegevens exporteren (JSON)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="299"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="910"/>
        <source>Attach answer file…</source>
        <translation>Antwoordbestand toevoegen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="301"/>
        <source>Add an answer file the client brought or sent as an assessment of this client</source>
        <translation>Voeg een antwoordbestand dat de cliënt heeft meegebracht of gestuurd toe als vragenlijst van deze cliënt</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="303"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="304"/>
        <source>Lock when idle for</source>
        <translation>Vergrendelen na inactiviteit van</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="305"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="306"/>
        <source>Change passphrase…</source>
        <translation>Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="307"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="754"/>
        <source>Back up records…</source>
        <translation>Reservekopie maken…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="309"/>
        <source>An encrypted copy of all client records; it opens with the passphrase you have now</source>
        <translation>Een versleutelde kopie van alle cliëntgegevens; die opent met de wachtwoordzin die je nu hebt</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="311"/>
        <source>Language of the counsellor view</source>
        <translation>Taal van het begeleidersscherm</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="316"/>
        <source>Erase client…</source>
        <translation>Cliënt wissen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="317"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="322"/>
        <source>Assessments</source>
        <translation>Vragenlijsten</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="317"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="324"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="317"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="319"/>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="320"/>
        <source>The client&apos;s record</source>
        <translation>Het dossier van de cliënt</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="324"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="324"/>
        <source>Readiness</source>
        <translation>Klaar voor de doelrol</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="324"/>
        <source>Target role</source>
        <translation>Doelrol</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="389"/>
        <source>{shown} of %n client(s)</source>
        <translation>
            <numerusform>{shown} van %n cliënt</numerusform>
            <numerusform>{shown} van %n cliënten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="430"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="574"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="619"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="743"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="797"/>
        <source>Could not save: {reason}</source>
        <translation>Kon niet opslaan: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="464"/>
        <source>client since {date}</source>
        <translation>cliënt sinds {date}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="482"/>
        <source>unfinished</source>
        <translation>onvolledig</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="602"/>
        <source>Not saved: this note was changed in another window.</source>
        <translation>Niet opgeslagen: deze notitie is in een ander venster gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="625"/>
        <source>Notes saved.</source>
        <translation>Notities opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="652"/>
        <source>Delete note</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="653"/>
        <source>Delete this note? This cannot be undone.</source>
        <translation>Deze notitie verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="658"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="674"/>
        <source>Not deleted: this note was changed in another window.</source>
        <translation>Niet verwijderd: deze notitie is in een ander venster gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="688"/>
        <source>Note deleted.</source>
        <translation>Notitie verwijderd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="747"/>
        <source>Your ratings are saved beside the client&apos;s.</source>
        <translation>Jouw inschattingen zijn opgeslagen naast die van de cliënt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="756"/>
        <source>Client record backups (*.sqlite3)</source>
        <translation>Reservekopieën van cliëntgegevens (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="770"/>
        <source>Backup saved: {path}</source>
        <translation>Reservekopie opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="799"/>
        <source>Saved {path}</source>
        <translation>{path} opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="808"/>
        <source>Erase client</source>
        <translation>Cliënt wissen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="810"/>
        <source>Erase {name}?

This removes the client&apos;s record, all %n assessment(s) with their notes, unfinished answers in this data folder that belong to the client, and the client from the backup copies the app keeps in the data folder.

It cannot reach files saved elsewhere: PDF reports, exported data and backups saved in other folders or given to the client. Delete those yourself.

This cannot be undone.</source>
        <translation>
            <numerusform>{name} wissen?

Dit verwijdert de gegevens van de cliënt, %n vragenlijst met de notities, onafgemaakte antwoorden in deze gegevensmap die bij de cliënt horen, en de cliënt uit de reservekopieën die het programma in de gegevensmap bewaart.

Bestanden die elders zijn opgeslagen kan het programma niet bereiken: pdf-rapporten, geëxporteerde gegevens en reservekopieën in andere mappen of die de cliënt heeft gekregen. Die moet je zelf verwijderen.

Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>{name} wissen?

Dit verwijdert de gegevens van de cliënt, alle %n vragenlijsten met hun notities, onafgemaakte antwoorden in deze gegevensmap die bij de cliënt horen, en de cliënt uit de reservekopieën die het programma in de gegevensmap bewaart.

Bestanden die elders zijn opgeslagen kan het programma niet bereiken: pdf-rapporten, geëxporteerde gegevens en reservekopieën in andere mappen of die de cliënt heeft gekregen. Die moet je zelf verwijderen.

Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="824"/>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="843"/>
        <source>{name} was erased.</source>
        <translation>{name} is gewist.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="864"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="896"/>
        <source>Wrote {path}</source>
        <translation>{path} geschreven</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="910"/>
        <source>Answer files (*.json)</source>
        <translation>Antwoordbestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="931"/>
        <source>{file} was added to {name}’s assessments.</source>
        <translation>{file} is toegevoegd aan de vragenlijsten van {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="949"/>
        <source>These answers are already in {name}’s record (the assessment of {date}); nothing was added.</source>
        <translation>Deze antwoorden staan al bij {name} (de vragenlijst van {date}); er is niets toegevoegd.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../app/gui/export.py" line="56"/>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF opslaan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="57"/>
        <source>Making the PDF</source>
        <translation>De pdf wordt gemaakt</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="60"/>
        <source>development-plan</source>
        <translation>ontwikkelplan</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="66"/>
        <location filename="../../app/gui/export.py" line="132"/>
        <source>Save PDF</source>
        <translation>Pdf opslaan</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="66"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="101"/>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="104"/>
        <source>PDF saved</source>
        <translation>Pdf opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="105"/>
        <source>The development plan was saved as
{path}

Open it now?</source>
        <translation>Het ontwikkelplan is opgeslagen als
{path}

Nu openen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="121"/>
        <source>No PDF was made.</source>
        <translation>Er is geen pdf gemaakt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="123"/>
        <source>A PDF cannot be made on this computer yet. Your answers are saved.

{hint}</source>
        <translation>Op deze computer kan nog geen pdf worden gemaakt. Je antwoorden zijn opgeslagen.

{hint}</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="126"/>
        <source>The PDF could not be made. Your answers are saved.

{reason}</source>
        <translation>De pdf kon niet worden gemaakt. Je antwoorden zijn opgeslagen.

{reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main.py" line="115"/>
        <source>Your answers cannot be saved in {folder}: {reason}</source>
        <translation>Je antwoorden kunnen niet worden opgeslagen in {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="150"/>
        <source>Answers to questions no longer asked were left out: {ids}</source>
        <translation>Antwoorden op vragen die niet meer gesteld worden, zijn weggelaten: {ids}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="158"/>
        <source>Open answers</source>
        <translation>Antwoorden openen</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="158"/>
        <location filename="../../app/gui/main.py" line="258"/>
        <source>Answer files (*.json)</source>
        <translation>Antwoordbestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="185"/>
        <source>Your answers were saved as {path}</source>
        <translation>Je antwoorden zijn opgeslagen als {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="218"/>
        <source>Could not save your answers: {reason}</source>
        <translation>Je antwoorden konden niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="221"/>
        <source>Your answers stay in this window; saving is tried again.</source>
        <translation>Je antwoorden blijven in dit venster; opslaan wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="223"/>
        <source>All answers saved.</source>
        <translation>Alle antwoorden zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="256"/>
        <source>Save answers as</source>
        <translation>Antwoorden opslaan als</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="276"/>
        <source>Your latest answers could not be saved: {reason}</source>
        <translation>Je laatste antwoorden konden niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="277"/>
        <source>Save them in another place before closing?</source>
        <translation>Wil je ze op een andere plek opslaan voordat je sluit?</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="278"/>
        <source>Save elsewhere…</source>
        <translation>Ergens anders opslaan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="279"/>
        <source>Close without saving</source>
        <translation>Sluiten zonder opslaan</translation>
    </message>
</context>
<context>
    <name>MoveAssessmentDialog</name>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="80"/>
        <source>Move to another client</source>
        <translation>Naar een andere cliënt verplaatsen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="87"/>
        <source>Search by name, e-mail or phone…</source>
        <translation>Zoek op naam, e-mail of telefoon…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="97"/>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="109"/>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
</context>
<context>
    <name>NoteConflictDialog</name>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="32"/>
        <source>Note changed in another window</source>
        <translation>Notitie gewijzigd in een ander venster</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="36"/>
        <source>While you were writing, this note was saved in another window or from the command line. Nothing is lost yet: choose what to keep.</source>
        <translation>Terwijl je schreef, is deze notitie in een ander venster of vanaf de opdrachtregel opgeslagen. Er is nog niets verloren: kies wat je wilt bewaren.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="44"/>
        <source>Yours</source>
        <translation>Van jou</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="44"/>
        <source>Saved elsewhere</source>
        <translation>Elders opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="54"/>
        <source>Keep mine</source>
        <translation>Mijn versie bewaren</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="55"/>
        <source>Keep theirs</source>
        <translation>De andere versie bewaren</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="56"/>
        <source>Keep both (mine below theirs)</source>
        <translation>Beide bewaren (de mijne onder de andere)</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="56"/>
        <source>Keep both as two notes</source>
        <translation>Beide bewaren als twee notities</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="239"/>
        <source>Notes per gap</source>
        <translation>Notities per tekort</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="240"/>
        <source>Competency</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="240"/>
        <source>Gap</source>
        <translation>Tekort</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="232"/>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="240"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="230"/>
        <source>Notes (newest last)</source>
        <translation>Notities (nieuwste onderaan)</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="231"/>
        <source>Notes on this assessment</source>
        <translation>Notities bij deze vragenlijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="233"/>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="266"/>
        <source>Internal: only for you, never printed</source>
        <translation>Intern: alleen voor jou, wordt nooit afgedrukt</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="235"/>
        <source>Leave it unticked to share the note: it is then printed in the client&apos;s PDF.</source>
        <translation>Laat het vakje leeg om de notitie te delen: dan komt die in de pdf van de cliënt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="237"/>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="297"/>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="238"/>
        <source>Delete note…</source>
        <translation>Notitie verwijderen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="241"/>
        <source>Next meeting</source>
        <translation>Volgende afspraak</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="242"/>
        <source>Date of the next meeting</source>
        <translation>Datum van het volgende gesprek</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="243"/>
        <source>Save notes</source>
        <translation>Notities opslaan</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="251"/>
        <source>This client has no assessment yet. Start one with “New assessment”.</source>
        <translation>Deze cliënt heeft nog geen vragenlijst. Begin er een met ‘Nieuwe vragenlijst’.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="255"/>
        <source>Notes for the assessment of {date}</source>
        <translation>Notities bij de vragenlijst van {date}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="261"/>
        <source>From the client&apos;s answer file: never printed</source>
        <translation>Uit het antwoordbestand van de cliënt: wordt nooit afgedrukt</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="264"/>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="268"/>
        <source>Shared: printed in the client&apos;s PDF</source>
        <translation>Gedeeld: komt in de pdf van de cliënt</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="294"/>
        <source>This note came inside the client&apos;s answer file. It is never printed as yours.</source>
        <translation>Deze notitie zat in het antwoordbestand van de cliënt. Ze wordt nooit als de jouwe afgedrukt.</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="234"/>
        <source>{low}–{high} {unit}</source>
        <translation>{low}–{high} {unit}</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="236"/>
        <source>(a decimal comma or point both work)</source>
        <translation>(een decimale komma of punt werkt allebei)</translation>
    </message>
</context>
<context>
    <name>ObserverDialog</name>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="43"/>
        <source>Observer ratings</source>
        <translation>Inschattingen van een beoordelaar</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="48"/>
        <source>Someone who knows this person&apos;s work – a counsellor after the session, a colleague or a manager – rates the same competencies from 1 to 5. A difference of two levels or more is shown in the results as something to talk about.</source>
        <translation>Iemand die het werk van deze persoon kent – een loopbaanadviseur na het gesprek, een collega of een leidinggevende – schat dezelfde competenties in van 1 tot 5. Een verschil van twee niveaus of meer staat in de resultaten als iets om over te praten.</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="55"/>
        <source>Counsellor</source>
        <translation>Loopbaanadviseur</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="56"/>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="57"/>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="66"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="67"/>
        <source>&amp;Name (optional)</source>
        <translation>&amp;Naam (optioneel)</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="70"/>
        <source>Competency</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="70"/>
        <source>Own rating</source>
        <translation>Eigen inschatting</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="70"/>
        <source>Observer</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="81"/>
        <source>not rated</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="88"/>
        <source>Observer&apos;s rating: {name}</source>
        <translation>Inschatting van de beoordelaar: {name}</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="116"/>
        <source>Choose a passphrase for your client records</source>
        <translation>Kies een wachtwoordzin voor je cliëntgegevens</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="117"/>
        <location filename="../../app/gui/counsellor/lock_page.py" line="121"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="118"/>
        <source>&amp;Set passphrase</source>
        <translation>Wachtwoordzin &amp;instellen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="120"/>
        <source>Counsellor mode is locked</source>
        <translation>De begeleidersmodus is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="122"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="125"/>
        <source>Your client records are encrypted with this passphrase. If you lose it, the records are lost: nobody can open them, not even with help. Write it down somewhere safe, and make a backup of the records now and then (“Back up records…” in counsellor mode).</source>
        <translation>Je cliëntgegevens worden met deze wachtwoordzin versleuteld. Als je hem kwijtraakt, ben je de gegevens kwijt: niemand kan ze openen, ook niet met hulp. Schrijf hem op een veilige plek op en maak af en toe een reservekopie van de gegevens („Reservekopie maken…” in de begeleidersmodus).</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="130"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Herhaal hem:</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="131"/>
        <source>← Start page</source>
        <translation>← Startpagina</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="139"/>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../app/gui/progress_dialog.py" line="41"/>
        <source>What changed since your earlier answers</source>
        <translation>Wat er is veranderd sinds je eerdere antwoorden</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="90"/>
        <source>Compare the latest with</source>
        <translation>Vergelijk de laatste met</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="94"/>
        <source>the previous assessment</source>
        <translation>de vorige vragenlijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="95"/>
        <source>the first assessment</source>
        <translation>de eerste vragenlijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="98"/>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="136"/>
        <source>Readiness over time</source>
        <translation>Klaar voor de doelrol in de loop van de tijd</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="100"/>
        <source>Competency</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="100"/>
        <source>Then</source>
        <translation>Toen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="100"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="100"/>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="100"/>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="154"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="114"/>
        <source>Progress appears once the client has two assessments.</source>
        <translation>De voortgang verschijnt zodra de cliënt twee vragenlijsten heeft.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="118"/>
        <source>Not counted (answers not complete or not valid): {dates}</source>
        <translation>Niet meegeteld (antwoorden onvolledig of ongeldig): {dates}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="156"/>
        <source>Earlier ({date})</source>
        <translation>Eerder ({date})</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="161"/>
        <source>Latest ({date})</source>
        <translation>Laatste ({date})</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <location filename="../../app/gui/section_page.py" line="74"/>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="81"/>
        <source>Source: {sources}</source>
        <translation>Bron: {sources}</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="81"/>
        <source>Sources: {sources}</source>
        <translation>Bronnen: {sources}</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="83"/>
        <source>“Sources…” below shows what each article says.</source>
        <translation>‘Bronnen…’ hieronder laat zien wat elk artikel zegt.</translation>
    </message>
</context>
<context>
    <name>RankInput</name>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="639"/>
        <source>&amp;Options</source>
        <translation>&amp;Opties</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="640"/>
        <source>Your order (choose {n})</source>
        <translation>Jouw volgorde (kies {n})</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="641"/>
        <source>&amp;Add →</source>
        <translation>Toevoe&amp;gen →</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="642"/>
        <source>← &amp;Remove</source>
        <translation>← Ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="643"/>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="644"/>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="645"/>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="646"/>
        <source>Your order</source>
        <translation>Jouw volgorde</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="90"/>
        <source>Edit details…</source>
        <translation>Gegevens wijzigen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="91"/>
        <source>Record consent today</source>
        <translation>Toestemming vandaag vastleggen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="93"/>
        <source>Record that the client agreed today to these records being kept</source>
        <translation>Leg vast dat de cliënt vandaag heeft ingestemd met het bewaren van dit dossier</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="95"/>
        <source>Retention period…</source>
        <translation>Bewaartermijn…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="96"/>
        <source>How long records are kept before a client is due for review</source>
        <translation>Hoe lang dossiers worden bewaard voordat een cliënt moet worden beoordeeld</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="98"/>
        <source>Move to another client…</source>
        <translation>Naar een andere cliënt verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="99"/>
        <source>Change date…</source>
        <translation>Datum wijzigen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="100"/>
        <source>Delete assessment…</source>
        <translation>Vragenlijst wissen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="109"/>
        <source>Consent recorded on {date}</source>
        <translation>Toestemming vastgelegd op {date}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="112"/>
        <source>Consent: not recorded</source>
        <translation>Toestemming: niet vastgelegd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/counsellor/record_actions.py" line="118"/>
        <source>Due for review or erasure: nothing new for more than %n month(s).</source>
        <translation>
            <numerusform>Beoordelen of wissen: al meer dan %n maand niets nieuws.</numerusform>
            <numerusform>Beoordelen of wissen: al meer dan %n maanden niets nieuws.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="145"/>
        <source>{name}’s details are saved.</source>
        <translation>De gegevens van {name} zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="159"/>
        <source>Consent recorded on {date}.</source>
        <translation>Toestemming vastgelegd op {date}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="175"/>
        <source>There is no other client to move it to: add that client first (New client…).</source>
        <translation>Er is geen andere cliënt om de vragenlijst naar te verplaatsen: voeg die cliënt eerst toe (Nieuwe cliënt…).</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="177"/>
        <source>Move the assessment of {date} ({result}) from {name} to:</source>
        <translation>De vragenlijst van {date} ({result}) verplaatsen van {name} naar:</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="194"/>
        <source>The assessment already belongs to {name}; nothing was moved.</source>
        <translation>De vragenlijst hoort al bij {name}; er is niets verplaatst.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="208"/>
        <source>The assessment of {date} ({result}) was moved to {name}.</source>
        <translation>De vragenlijst van {date} ({result}) is verplaatst naar {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="230"/>
        <source>{date} is in the future: an assessment cannot be dated later than today. Nothing was changed.</source>
        <translation>{date} ligt in de toekomst: een vragenlijst kan niet later dan vandaag worden gedateerd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="241"/>
        <source>The assessment is now dated {date}.</source>
        <translation>De vragenlijst heeft nu de datum {date}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="251"/>
        <source>Delete assessment</source>
        <translation>Vragenlijst wissen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/counsellor/record_actions.py" line="253"/>
        <source>Delete the assessment of {date} ({result})? It is erased without a trace, and with it everything recorded on it: %n note(s), the next meeting and your ratings, if any. This cannot be undone.</source>
        <translation>
            <numerusform>De vragenlijst van {date} ({result}) wissen? Die wordt spoorloos gewist, en daarmee alles wat erbij is vastgelegd: %n notitie, de volgende afspraak en jouw inschattingen, als die er zijn. Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>De vragenlijst van {date} ({result}) wissen? Die wordt spoorloos gewist, en daarmee alles wat erbij is vastgelegd: %n notities, de volgende afspraak en jouw inschattingen, als die er zijn. Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="264"/>
        <source>Delete</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="283"/>
        <source>The assessment of {date} ({result}) was deleted.</source>
        <translation>De vragenlijst van {date} ({result}) is gewist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/counsellor/record_actions.py" line="312"/>
        <source>Clients with nothing new for more than %n month(s) are marked for review.</source>
        <translation>
            <numerusform>Cliënten bij wie al meer dan %n maand niets nieuws is, worden gemarkeerd om te beoordelen.</numerusform>
            <numerusform>Cliënten bij wie al meer dan %n maanden niets nieuws is, worden gemarkeerd om te beoordelen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="316"/>
        <source>No retention period is set: no client is marked for review.</source>
        <translation>Er is geen bewaartermijn ingesteld: er wordt geen cliënt gemarkeerd om te beoordelen.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="81"/>
        <source>Progress report (PDF)…</source>
        <translation>Voortgangsrapport (pdf)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="88"/>
        <source>Language of the report:</source>
        <translation>Taal van het rapport:</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../app/gui/results_page.py" line="315"/>
        <source>Observer ratings…</source>
        <translation>Inschattingen van een beoordelaar…</translation>
    </message>
    <message>
        <location filename="../../app/gui/results_page.py" line="317"/>
        <source>Your results</source>
        <translation>Jouw resultaat</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="178"/>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="181"/>
        <source>A client with no new assessment or note for longer than this is marked in the list as due for review: erase their records, or keep them if there is still a reason to.</source>
        <translation>Een cliënt zonder nieuwe vragenlijst of notitie gedurende langer dan deze termijn wordt in de lijst gemarkeerd om te beoordelen: wis het dossier, of bewaar het als daar nog een reden voor is.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="189"/>
        <source>Not set</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="193"/>
        <source>Months without activity</source>
        <translation>Maanden zonder activiteit</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../app/gui/section_page.py" line="178"/>
        <source>Question {k} of {n}</source>
        <translation>Vraag {k} van {n}</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="180"/>
        <source>Questions {k}–{last} of {n}</source>
        <translation>Vragen {k}–{last} van {n}</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="185"/>
        <source>about {m} minutes left</source>
        <translation>nog ongeveer {m} minuten</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="187"/>
        <source>about a minute left</source>
        <translation>nog ongeveer een minuut</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="210"/>
        <source>{section}: {page}</source>
        <translation>{section}: {page}</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="283"/>
        <source>Please answer this question.</source>
        <translation>Beantwoord deze vraag.</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="285"/>
        <source>Choose exactly {n}, in order of importance.</source>
        <translation>Kies er precies {n}, op volgorde van belang.</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="291"/>
        <source>This cannot be more than your answer to “{other}” ({limit}).</source>
        <translation>Dit kan niet meer zijn dan je antwoord op ‘{other}’ ({limit}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="309"/>
        <source>Some answers on this page need attention (marked in red) before you can go on.</source>
        <translation>Een paar antwoorden op deze pagina vragen aandacht (rood gemarkeerd) voordat je verder kunt.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../app/gui/sources_dialog.py" line="80"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/sources_dialog.py" line="81"/>
        <source>The questions and the plan rest on these articles:</source>
        <translation>De vragen en het plan berusten op deze artikelen:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sources_dialog.py" line="102"/>
        <source>Its own title: “{title}” (in {language})</source>
        <translation>Eigen titel van het artikel: ‘{title}’ (in het {language})</translation>
    </message>
    <message>
        <location filename="../../app/gui/sources_dialog.py" line="108"/>
        <source>Published by: {who}</source>
        <translation>Gepubliceerd door: {who}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sources_dialog.py" line="110"/>
        <source>The article does not say who published it.</source>
        <translation>Het artikel zegt niet wie het heeft gepubliceerd.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/gui/start_page.py" line="187"/>
        <source>Find out where you stand as a social media manager and what to learn next. Answer the questions; your answers are saved as you go, and at the end you get a development plan as a PDF.</source>
        <translation>Ontdek waar je staat als social media manager en wat je hierna kunt leren. Beantwoord de vragen; je antwoorden worden steeds opgeslagen, en aan het eind krijg je een ontwikkelplan als pdf.</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="192"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="193"/>
        <source>New assessment</source>
        <translation>Nieuwe vragenlijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="194"/>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="195"/>
        <source>for example Anna Berg</source>
        <translation>bijvoorbeeld Anna Berg</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="196"/>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="197"/>
        <source>Saved on this computer</source>
        <translation>Opgeslagen op deze computer</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="198"/>
        <source>&amp;Continue a saved assessment…</source>
        <translation>&amp;Verder met een opgeslagen vragenlijst…</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="200"/>
        <source>C&amp;ontinue the selected one</source>
        <translation>V&amp;erder met de gekozen vragenlijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="201"/>
        <source>Open &amp;answers…</source>
        <translation>&amp;Antwoorden openen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="202"/>
        <source>Open answers saved to a file (*.smm-career.json or any .json)</source>
        <translation>Antwoorden openen die in een bestand zijn opgeslagen (*.smm-career.json of een ander .json-bestand)</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="249"/>
        <source>No assessment is saved on this computer.</source>
        <translation>Er is geen vragenlijst opgeslagen op deze computer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="271"/>
        <source>Open answers</source>
        <translation>Antwoorden openen</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="199"/>
        <source>Sa&amp;ved assessments (newest first):</source>
        <translation>Opge&amp;slagen vragenlijsten (nieuwste eerst):</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="203"/>
        <source>Counsellor mode…</source>
        <translation>Begeleidersmodus…</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="224"/>
        <source>⚠ Cannot be opened: {file} ({when})</source>
        <translation>⚠ Kan niet worden geopend: {file} ({when})</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="225"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="227"/>
        <source>{name} — {when} — {n} answers</source>
        <translation>{name} — {when} — {n} antwoorden</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="229"/>
        <source>(from the backup copy)</source>
        <translation>(uit de reservekopie)</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="271"/>
        <source>Answer files (*.json)</source>
        <translation>Antwoordbestanden (*.json)</translation>
    </message>
</context>
</TS>
