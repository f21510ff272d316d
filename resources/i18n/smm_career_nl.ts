<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AssessmentDateDialog</name>
    <message>
        <source>Change date</source>
        <translation>Datum wijzigen</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>De datum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Day the assessment was taken</source>
        <translation>Dag waarop de vragenlijst is ingevuld</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>Your answers from {when} were recovered.</source>
        <translation>Je antwoorden van {when} zijn teruggezet.</translation>
    </message>
    <message>
        <source>Language: {name}</source>
        <translation>Taal: {name}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Antwoorden</translation>
    </message>
    <message>
        <source>&amp;Save answers as…</source>
        <translation>Antwoorden &amp;opslaan als…</translation>
    </message>
    <message>
        <source>&amp;Open answers…</source>
        <translation>Antwoorden o&amp;penen…</translation>
    </message>
    <message>
        <source>&amp;Compare with earlier answers…</source>
        <translation>&amp;Vergelijken met eerdere antwoorden…</translation>
    </message>
    <message>
        <source>S&amp;ources…</source>
        <translation>&amp;Bronnen…</translation>
    </message>
    <message>
        <source>What the questions rest on: the source articles</source>
        <translation>Waar de vragen op berusten: de bronartikelen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Your answers are saved; you can continue later.</source>
        <translation>Je antwoorden zijn opgeslagen; je kunt later verdergaan.</translation>
    </message>
    <message>
        <source>my-answers</source>
        <translation>mijn-antwoorden</translation>
    </message>
    <message>
        <source>Save answers as</source>
        <translation>Antwoorden opslaan als</translation>
    </message>
    <message>
        <source>Answer files (*.json)</source>
        <translation>Antwoordbestanden (*.json)</translation>
    </message>
    <message>
        <source>The answers could not be saved as {path}: {reason}</source>
        <translation>De antwoorden konden niet worden opgeslagen als {path}: {reason}</translation>
    </message>
    <message>
        <source>Compare with earlier answers</source>
        <translation>Vergelijken met eerdere antwoorden</translation>
    </message>
    <message>
        <source>Close your results?</source>
        <translation>Je resultaat sluiten?</translation>
    </message>
    <message>
        <source>Leave the assessment?</source>
        <translation>De vragenlijst verlaten?</translation>
    </message>
    <message>
        <source>Your latest answers could not be saved: {reason}</source>
        <translation>Je laatste antwoorden konden niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>The assessment is kept in the client&apos;s record.</source>
        <translation>De vragenlijst blijft bewaard bij de gegevens van de cliënt.</translation>
    </message>
    <message>
        <source>The answers are kept in the client&apos;s record: select this assessment there and choose “Continue selected” to go on later.</source>
        <translation>De antwoorden worden bewaard bij de gegevens van de cliënt: kies daar deze vragenlijst en klik op „Verder met de gekozen vragenlijst” om later verder te gaan.</translation>
    </message>
    <message>
        <source>Your answers are kept on this computer: choose “Continue a saved assessment” on the start page to go on later.</source>
        <translation>Je antwoorden blijven op deze computer opgeslagen: kies op de startpagina ‘Verder met een opgeslagen vragenlijst’ om later verder te gaan.</translation>
    </message>
    <message>
        <source>On a shared computer you can remove them instead. To keep a copy, use “Save answers as…” first.</source>
        <translation>Op een gedeelde computer kun je ze in plaats daarvan verwijderen. Wil je een kopie houden, kies dan eerst ‘Antwoorden opslaan als…’.</translation>
    </message>
    <message>
        <source>&amp;Remove my answers and close</source>
        <translation>Mijn antwoorden &amp;verwijderen en sluiten</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Verlaten</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Blijven</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Making the PDF…</source>
        <translation>De pdf wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>If you lose the new passphrase, the records are lost. Write it down somewhere safe, and make a backup of the records (“Back up records…” in counsellor mode).</source>
        <translation>Als je de nieuwe wachtwoordzin kwijtraakt, ben je de cliëntgegevens kwijt. Schrijf hem op een veilige plek op en maak een reservekopie van de gegevens („Reservekopie maken…” in de begeleidersmodus).</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Herhaal hem:</translation>
    </message>
</context>
<context>
    <name>ClientDetailsDialog</name>
    <message>
        <source>New client</source>
        <translation>Nieuwe cliënt</translation>
    </message>
    <message>
        <source>Edit client details</source>
        <translation>Gegevens van de cliënt wijzigen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>E-mail (optioneel)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefoon (optioneel)</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Vragenlijsten</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation>Laatste vragenlijst</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Volgende afspraak</translation>
    </message>
    <message>
        <source>Due for review or erasure: nothing new for longer than the retention period</source>
        <translation>Beoordelen of wissen: al langer dan de bewaartermijn niets nieuws</translation>
    </message>
</context>
<context>
    <name>CounsellorMode</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Die wachtwoordzin klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The client store cannot be opened: {reason}</source>
        <translation>De cliëntendatabase kan niet worden geopend: {reason}</translation>
    </message>
    <message>
        <source>The client records were replaced by another program (a restored backup?). Enter the passphrase to open them as they are now.</source>
        <translation>De cliëntgegevens zijn door een ander programma vervangen (een teruggezette reservekopie?). Voer de wachtwoordzin in om ze te openen zoals ze nu zijn.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>De wachtwoordzin is gewijzigd. Gebruik voortaan de nieuwe.</translation>
    </message>
</context>
<context>
    <name>CounsellorView</name>
    <message>
        <source>← Start page</source>
        <translation>← Startpagina</translation>
    </message>
    <message>
        <source>Search by name, e-mail or phone…</source>
        <translation>Zoek op naam, e-mail of telefoon…</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nieuwe cliënt…</translation>
    </message>
    <message>
        <source>Choose a client on the left, or add a new one.</source>
        <translation>Kies links een cliënt of voeg een nieuwe toe.</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nieuwe vragenlijst</translation>
    </message>
    <message>
        <source>Continue selected</source>
        <translation>Verder met de gekozen vragenlijst</translation>
    </message>
    <message>
        <source>Your ratings…</source>
        <translation>Jouw inschattingen…</translation>
    </message>
    <message>
        <source>Progress report (PDF)…</source>
        <translation>Voortgangsrapport (pdf)…</translation>
    </message>
    <message>
        <source>Export data (JSON)…</source>
        <translation>Gegevens exporteren (JSON)…</translation>
    </message>
    <message>
        <source>Attach answer file…</source>
        <translation>Antwoordbestand toevoegen…</translation>
    </message>
    <message>
        <source>Add an answer file the client brought or sent as an assessment of this client</source>
        <translation>Voeg een antwoordbestand dat de cliënt heeft meegebracht of gestuurd toe als vragenlijst van deze cliënt</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Vergrendelen na inactiviteit van</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>Back up records…</source>
        <translation>Reservekopie maken…</translation>
    </message>
    <message>
        <source>An encrypted copy of all client records; it opens with the passphrase you have now</source>
        <translation>Een versleutelde kopie van alle cliëntgegevens; die opent met de wachtwoordzin die je nu hebt</translation>
    </message>
    <message>
        <source>Language of the counsellor view</source>
        <translation>Taal van het begeleidersscherm</translation>
    </message>
    <message>
        <source>Erase client…</source>
        <translation>Cliënt wissen…</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Vragenlijsten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>The client&apos;s record</source>
        <translation>Het dossier van de cliënt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Klaar voor de doelrol</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Doelrol</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n client(s)</source>
        <translation>
            <numerusform>{shown} van %n cliënt</numerusform>
            <numerusform>{shown} van %n cliënten</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Kon niet opslaan: {reason}</translation>
    </message>
    <message>
        <source>client since {date}</source>
        <translation>cliënt sinds {date}</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>onvolledig</translation>
    </message>
    <message>
        <source>Not saved: this note was changed in another window.</source>
        <translation>Niet opgeslagen: deze notitie is in een ander venster gewijzigd.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notities opgeslagen.</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <source>Delete this note? This cannot be undone.</source>
        <translation>Deze notitie verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Not deleted: this note was changed in another window.</source>
        <translation>Niet verwijderd: deze notitie is in een ander venster gewijzigd.</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Notitie verwijderd.</translation>
    </message>
    <message>
        <source>Your ratings are saved beside the client&apos;s.</source>
        <translation>Jouw inschattingen zijn opgeslagen naast die van de cliënt.</translation>
    </message>
    <message>
        <source>Client record backups (*.sqlite3)</source>
        <translation>Reservekopieën van cliëntgegevens (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Reservekopie opgeslagen: {path}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} opgeslagen</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Cliënt wissen</translation>
    </message>
    <message numerus="yes">
        <source>Erase {name}?

This removes the client&apos;s record, all %n assessment(s) with their notes, unfinished answers in this data folder that belong to the client, and the client from the backup copies the app keeps in the data folder.

It cannot reach files saved elsewhere: PDF reports, exported data and backups saved in other folders or given to the client. Delete those yourself.

This cannot be undone.</source>
        <translation>
            <numerusform>{name} wissen?

Dit verwijdert de gegevens van de cliënt, %n vragenlijst met de notities, niet-afgeronde vragenlijsten in deze gegevensmap die bij de cliënt horen, en de cliënt uit de reservekopieën die het programma in de gegevensmap bewaart.

Bestanden die elders zijn opgeslagen kan het programma niet bereiken: pdf-rapporten, geëxporteerde gegevens en reservekopieën in andere mappen of die de cliënt heeft gekregen. Die moet je zelf verwijderen.

Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>{name} wissen?

Dit verwijdert de gegevens van de cliënt, alle %n vragenlijsten met hun notities, niet-afgeronde vragenlijsten in deze gegevensmap die bij de cliënt horen, en de cliënt uit de reservekopieën die het programma in de gegevensmap bewaart.

Bestanden die elders zijn opgeslagen kan het programma niet bereiken: pdf-rapporten, geëxporteerde gegevens en reservekopieën in andere mappen of die de cliënt heeft gekregen. Die moet je zelf verwijderen.

Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>{name} was erased.</source>
        <translation>{name} is gewist.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} opgeslagen</translation>
    </message>
    <message>
        <source>Answer files (*.json)</source>
        <translation>Antwoordbestanden (*.json)</translation>
    </message>
    <message>
        <source>{file} was not attached.</source>
        <translation>{file} is niet toegevoegd.</translation>
    </message>
    <message>
        <source>{file} was added to {name}’s assessments.</source>
        <translation>{file} is toegevoegd aan de vragenlijsten van {name}.</translation>
    </message>
    <message>
        <source>{file} holds the answers of {named}, but the selected client is {client}. Attach it to {client} all the same?</source>
        <translation>{file} bevat de antwoorden van {named}, maar de gekozen cliënt is {client}. Wil je het bestand toch bij {client} toevoegen?</translation>
    </message>
    <message>
        <source>Attach all the same</source>
        <translation>Toch toevoegen</translation>
    </message>
    <message>
        <source>These answers are already in {name}’s record (the assessment of {date}); nothing was added.</source>
        <translation>Deze antwoorden staan al bij {name} (de vragenlijst van {date}); er is niets toegevoegd.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF opslaan…</translation>
    </message>
    <message>
        <source>Making the PDF</source>
        <translation>De pdf wordt gemaakt</translation>
    </message>
    <message>
        <source>development-plan</source>
        <translation>ontwikkelplan</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Pdf opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>Pdf opgeslagen</translation>
    </message>
    <message>
        <source>The development plan was saved as
{path}

Open it now?</source>
        <translation>Het ontwikkelplan is opgeslagen als
{path}

Nu openen?</translation>
    </message>
    <message>
        <source>No PDF was made.</source>
        <translation>Er is geen pdf gemaakt.</translation>
    </message>
    <message>
        <source>A PDF cannot be made on this computer yet. Your answers are saved.

{hint}</source>
        <translation>Op deze computer kan nog geen pdf worden gemaakt. Je antwoorden zijn opgeslagen.

{hint}</translation>
    </message>
    <message>
        <source>The PDF could not be made. Your answers are saved.

{reason}</source>
        <translation>De pdf kon niet worden gemaakt. Je antwoorden zijn opgeslagen.

{reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your answers cannot be saved in {folder}: {reason}</source>
        <translation>Je antwoorden kunnen niet worden opgeslagen in {folder}: {reason}</translation>
    </message>
    <message>
        <source>Answers to questions no longer asked were left out: {ids}</source>
        <translation>Antwoorden op vragen die niet meer gesteld worden, zijn weggelaten: {ids}</translation>
    </message>
    <message>
        <source>Open answers</source>
        <translation>Antwoorden openen</translation>
    </message>
    <message>
        <source>Answer files (*.json)</source>
        <translation>Antwoordbestanden (*.json)</translation>
    </message>
    <message>
        <source>Your answers were saved as {path}</source>
        <translation>Je antwoorden zijn opgeslagen als {path}</translation>
    </message>
    <message>
        <source>Could not save your answers: {reason}</source>
        <translation>Je antwoorden konden niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Your answers stay in this window; saving is tried again.</source>
        <translation>Je antwoorden blijven in dit venster; opslaan wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>All answers saved.</source>
        <translation>Alle antwoorden zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Save answers as</source>
        <translation>Antwoorden opslaan als</translation>
    </message>
    <message>
        <source>Your latest answers could not be saved: {reason}</source>
        <translation>Je laatste antwoorden konden niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Save them in another place before closing?</source>
        <translation>Wil je ze op een andere plek opslaan voordat je sluit?</translation>
    </message>
    <message>
        <source>Save elsewhere…</source>
        <translation>Ergens anders opslaan…</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Sluiten zonder opslaan</translation>
    </message>
</context>
<context>
    <name>MoveAssessmentDialog</name>
    <message>
        <source>Move to another client</source>
        <translation>Naar een andere cliënt verplaatsen</translation>
    </message>
    <message>
        <source>Search by name, e-mail or phone…</source>
        <translation>Zoek op naam, e-mail of telefoon…</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
</context>
<context>
    <name>NoteConflictDialog</name>
    <message>
        <source>Note changed in another window</source>
        <translation>Notitie gewijzigd in een ander venster</translation>
    </message>
    <message>
        <source>While you were writing, this note was saved in another window or from the command line. Nothing is lost yet: choose what to keep.</source>
        <translation>Terwijl je schreef, is deze notitie in een ander venster of vanaf de opdrachtregel opgeslagen. Er is nog niets verloren: kies wat je wilt bewaren.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Van jou</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>Elders opgeslagen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mijn versie bewaren</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>De andere versie bewaren</translation>
    </message>
    <message>
        <source>Keep both (mine below theirs)</source>
        <translation>Beide bewaren (de mijne onder de andere)</translation>
    </message>
    <message>
        <source>Keep both as two notes</source>
        <translation>Beide bewaren als twee notities</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes per gap</source>
        <translation>Notities per tekort</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Tekort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Notes (newest last)</source>
        <translation>Notities (nieuwste onderaan)</translation>
    </message>
    <message>
        <source>Notes on this assessment</source>
        <translation>Notities bij deze vragenlijst</translation>
    </message>
    <message>
        <source>Internal: only for you, never printed</source>
        <translation>Intern: alleen voor jou, wordt nooit afgedrukt</translation>
    </message>
    <message>
        <source>Leave it unticked to share the note: it is then printed in the client&apos;s PDF.</source>
        <translation>Laat het vakje leeg om de notitie te delen: dan komt die in de pdf van de cliënt.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>Delete note…</source>
        <translation>Notitie verwijderen…</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Volgende afspraak</translation>
    </message>
    <message>
        <source>Date of the next meeting</source>
        <translation>Datum van het volgende gesprek</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Notities opslaan</translation>
    </message>
    <message>
        <source>This client has no assessment yet. Start one with “New assessment”.</source>
        <translation>Deze cliënt heeft nog geen vragenlijst. Begin er een met ‘Nieuwe vragenlijst’.</translation>
    </message>
    <message>
        <source>Notes for the assessment of {date}</source>
        <translation>Notities bij de vragenlijst van {date}</translation>
    </message>
    <message>
        <source>From the client&apos;s answer file: never printed</source>
        <translation>Uit het antwoordbestand van de cliënt: wordt nooit afgedrukt</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <source>Shared: printed in the client&apos;s PDF</source>
        <translation>Gedeeld: komt in de pdf van de cliënt</translation>
    </message>
    <message>
        <source>This note came inside the client&apos;s answer file. It is never printed as yours.</source>
        <translation>Deze notitie komt uit het antwoordbestand van de cliënt en wordt niet afgedrukt.</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>{low}–{high} {unit}</source>
        <translation>{low}–{high} {unit}</translation>
    </message>
    <message>
        <source>(a decimal comma or point both work)</source>
        <translation>(komma of punt mag allebei)</translation>
    </message>
</context>
<context>
    <name>ObserverDialog</name>
    <message>
        <source>Observer ratings</source>
        <translation>Inschattingen van een beoordelaar</translation>
    </message>
    <message>
        <source>Someone who knows this person&apos;s work – a counsellor after the session, a colleague or a manager – rates the same competencies from 1 to 5. A difference of two levels or more is shown in the results as something to talk about.</source>
        <translation>Iemand die het werk van deze persoon kent – een loopbaanbegeleider na het gesprek, een collega of een leidinggevende – schat dezelfde competenties in van 1 tot 5. Een verschil van twee niveaus of meer staat in de resultaten als iets om over te praten.</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Loopbaanbegeleider</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Name (optional)</source>
        <translation>&amp;Naam (optioneel)</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <source>Own rating</source>
        <translation>Eigen inschatting</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>Observer&apos;s rating: {name}</source>
        <translation>Inschatting van de beoordelaar: {name}</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase for your client records</source>
        <translation>Kies een wachtwoordzin voor je cliëntgegevens</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>Wachtwoordzin &amp;instellen</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>minstens 8 tekens</translation>
    </message>
    <message>
        <source>Counsellor mode is locked</source>
        <translation>De begeleidersmodus is vergrendeld</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Your client records are encrypted with this passphrase. If you lose it, the records are lost: nobody can open them, not even with help. Write it down somewhere safe, and make a backup of the records now and then (“Back up records…” in counsellor mode).</source>
        <translation>Je cliëntgegevens worden met deze wachtwoordzin versleuteld. Als je hem kwijtraakt, ben je de gegevens kwijt: niemand kan ze openen, ook niet met hulp. Schrijf hem op een veilige plek op en maak af en toe een reservekopie van de gegevens („Reservekopie maken…” in de begeleidersmodus).</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Herhaal hem:</translation>
    </message>
    <message>
        <source>← Start page</source>
        <translation>← Startpagina</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>What changed since your earlier answers</source>
        <translation>Wat er is veranderd sinds je eerdere antwoorden</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Compare the latest with</source>
        <translation>Vergelijk de laatste met</translation>
    </message>
    <message>
        <source>the previous assessment</source>
        <translation>de vorige vragenlijst</translation>
    </message>
    <message>
        <source>the first assessment</source>
        <translation>de eerste vragenlijst</translation>
    </message>
    <message>
        <source>Readiness over time</source>
        <translation>Klaar voor de doelrol in de loop van de tijd</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Toen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Progress appears once the client has two assessments.</source>
        <translation>De voortgang verschijnt zodra de cliënt twee vragenlijsten heeft.</translation>
    </message>
    <message>
        <source>Not counted (answers not complete or not valid): {dates}</source>
        <translation>Niet meegeteld (antwoorden onvolledig of ongeldig): {dates}</translation>
    </message>
    <message>
        <source>Earlier ({date})</source>
        <translation>Eerder ({date})</translation>
    </message>
    <message>
        <source>Latest ({date})</source>
        <translation>Laatste ({date})</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>Bron: {sources}</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Bronnen: {sources}</translation>
    </message>
    <message>
        <source>“Sources…” below shows what each article says.</source>
        <translation>‘Bronnen…’ hieronder laat zien wat elk artikel zegt.</translation>
    </message>
</context>
<context>
    <name>RankInput</name>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Opties</translation>
    </message>
    <message>
        <source>Your order (choose {n})</source>
        <translation>Jouw volgorde (kies {n})</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>Toevoe&amp;gen →</translation>
    </message>
    <message>
        <source>← &amp;Remove</source>
        <translation>← Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Your order</source>
        <translation>Jouw volgorde</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Edit details…</source>
        <translation>Gegevens wijzigen…</translation>
    </message>
    <message>
        <source>Record consent today</source>
        <translation>Toestemming vandaag vastleggen</translation>
    </message>
    <message>
        <source>Record that the client agreed today to these records being kept</source>
        <translation>Leg vast dat de cliënt vandaag heeft ingestemd met het bewaren van dit dossier</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>Your name on shared notes, and how long records are kept before a client is due for review</source>
        <translation>Je naam onder gedeelde notities, en hoe lang gegevens bewaard blijven voordat een cliënt beoordeeld moet worden</translation>
    </message>
    <message>
        <source>Move to another client…</source>
        <translation>Naar een andere cliënt verplaatsen…</translation>
    </message>
    <message>
        <source>Change date…</source>
        <translation>Datum wijzigen…</translation>
    </message>
    <message>
        <source>Delete assessment…</source>
        <translation>Vragenlijst wissen…</translation>
    </message>
    <message>
        <source>Consent recorded on {date}</source>
        <translation>Toestemming vastgelegd op {date}</translation>
    </message>
    <message>
        <source>Consent: not recorded</source>
        <translation>Toestemming: niet vastgelegd</translation>
    </message>
    <message numerus="yes">
        <source>Due for review or erasure: nothing new for more than %n month(s).</source>
        <translation>
            <numerusform>Beoordelen of wissen: al meer dan %n maand niets nieuws.</numerusform>
            <numerusform>Beoordelen of wissen: al meer dan %n maanden niets nieuws.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}’s details are saved.</source>
        <translation>De gegevens van {name} zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Consent recorded on {date}.</source>
        <translation>Toestemming vastgelegd op {date}.</translation>
    </message>
    <message>
        <source>There is no other client to move it to: add that client first (New client…).</source>
        <translation>Er is geen andere cliënt om de vragenlijst naar te verplaatsen: voeg die cliënt eerst toe (Nieuwe cliënt…).</translation>
    </message>
    <message>
        <source>Move the assessment of {date} ({result}) from {name} to:</source>
        <translation>De vragenlijst van {date} ({result}) verplaatsen van {name} naar:</translation>
    </message>
    <message>
        <source>The assessment already belongs to {name}; nothing was moved.</source>
        <translation>De vragenlijst hoort al bij {name}; er is niets verplaatst.</translation>
    </message>
    <message>
        <source>The assessment of {date} ({result}) was moved to {name}.</source>
        <translation>De vragenlijst van {date} ({result}) is verplaatst naar {name}.</translation>
    </message>
    <message>
        <source>{date} is in the future: an assessment cannot be dated later than today. Nothing was changed.</source>
        <translation>{date} ligt in de toekomst: een vragenlijst kan niet later dan vandaag worden gedateerd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The assessment is now dated {date}.</source>
        <translation>De vragenlijst heeft nu de datum {date}.</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Vragenlijst wissen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the assessment of {date} ({result})? It is erased without a trace, and with it everything recorded on it: %n note(s), the next meeting and your ratings, if any. This cannot be undone.</source>
        <translation>
            <numerusform>De vragenlijst van {date} ({result}) wissen? Die wordt spoorloos gewist, en daarmee alles wat erbij is vastgelegd: %n notitie, de volgende afspraak en jouw inschattingen, als die er zijn. Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>De vragenlijst van {date} ({result}) wissen? Die wordt spoorloos gewist, en daarmee alles wat erbij is vastgelegd: %n notities, de volgende afspraak en jouw inschattingen, als die er zijn. Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>The assessment of {date} ({result}) was deleted.</source>
        <translation>De vragenlijst van {date} ({result}) is gewist.</translation>
    </message>
    <message>
        <source>Your shared notes are signed “{name}” in PDFs.</source>
        <translation>Je gedeelde notities worden in pdf&apos;s ondertekend met „{name}”.</translation>
    </message>
    <message>
        <source>Your shared notes are not signed in PDFs.</source>
        <translation>Je gedeelde notities worden in pdf&apos;s niet ondertekend.</translation>
    </message>
    <message numerus="yes">
        <source>Clients with nothing new for more than %n month(s) are marked for review.</source>
        <translation>
            <numerusform>Cliënten bij wie al meer dan %n maand niets is vastgelegd, worden gemarkeerd om te beoordelen.</numerusform>
            <numerusform>Cliënten bij wie al meer dan %n maanden niets is vastgelegd, worden gemarkeerd om te beoordelen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No retention period is set: no client is marked for review.</source>
        <translation>Er is geen bewaartermijn ingesteld: er wordt geen cliënt gemarkeerd om te beoordelen.</translation>
    </message>
</context>
<context>
    <name>RecordSettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>A client with no new assessment or note for longer than this is marked in the list as due for review: erase their records, or keep them if there is still a reason to.</source>
        <translation>Een cliënt zonder nieuwe vragenlijst of notitie gedurende langer dan deze termijn wordt in de lijst gemarkeerd om te beoordelen: wis het dossier, of bewaar het als daar nog een reden voor is.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Your name (signs your shared notes in PDFs)</source>
        <translation>Je naam (ondertekent je gedeelde notities in pdf&apos;s)</translation>
    </message>
    <message>
        <source>Months without activity</source>
        <translation>Maanden zonder activiteit</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Progress report (PDF)…</source>
        <translation>Voortgangsrapport (pdf)…</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>Taal van het rapport:</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Observer ratings…</source>
        <translation>Inschattingen van een beoordelaar…</translation>
    </message>
    <message>
        <source>Your results</source>
        <translation>Jouw resultaat</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Question {k} of {n}</source>
        <translation>Vraag {k} van {n}</translation>
    </message>
    <message>
        <source>Questions {k}–{last} of {n}</source>
        <translation>Vragen {k}–{last} van {n}</translation>
    </message>
    <message>
        <source>about {m} minutes left</source>
        <translation>nog ongeveer {m} minuten</translation>
    </message>
    <message>
        <source>about a minute left</source>
        <translation>nog ongeveer een minuut</translation>
    </message>
    <message>
        <source>{section}: {page}</source>
        <translation>{section}: {page}</translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>Beantwoord deze vraag.</translation>
    </message>
    <message>
        <source>Choose exactly {n}, in order of importance.</source>
        <translation>Kies er precies {n}, op volgorde van belang.</translation>
    </message>
    <message>
        <source>This cannot be more than your answer to “{other}” ({limit}).</source>
        <translation>Dit kan niet meer zijn dan je antwoord op ‘{other}’ ({limit}).</translation>
    </message>
    <message>
        <source>Some answers on this page need attention (marked in red) before you can go on.</source>
        <translation>Een paar antwoorden op deze pagina vragen aandacht (rood gemarkeerd) voordat je verder kunt.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>The questions and the plan rest on these articles:</source>
        <translation>De vragen en het plan berusten op deze artikelen:</translation>
    </message>
    <message>
        <source>Its own title: “{title}” (in {language})</source>
        <translation>Eigen titel van het artikel: ‘{title}’ (in het {language})</translation>
    </message>
    <message>
        <source>Published by: {who}</source>
        <translation>Gepubliceerd door: {who}</translation>
    </message>
    <message>
        <source>The article does not say who published it.</source>
        <translation>Het artikel zegt niet wie het heeft gepubliceerd.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Find out where you stand as a social media manager and what to learn next. Answer the questions; your answers are saved as you go, and at the end you get a development plan as a PDF.</source>
        <translation>Ontdek waar je staat als social media manager en wat je hierna kunt leren. Beantwoord de vragen; je antwoorden worden steeds opgeslagen, en aan het eind krijg je een ontwikkelplan als pdf.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nieuwe vragenlijst</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <source>for example Anna Berg</source>
        <translation>bijvoorbeeld Anna Berg</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Opgeslagen op deze computer</translation>
    </message>
    <message>
        <source>&amp;Continue a saved assessment…</source>
        <translation>&amp;Verder met een opgeslagen vragenlijst…</translation>
    </message>
    <message>
        <source>C&amp;ontinue the selected one</source>
        <translation>V&amp;erder met de gekozen vragenlijst</translation>
    </message>
    <message>
        <source>Open &amp;answers…</source>
        <translation>&amp;Antwoorden openen…</translation>
    </message>
    <message>
        <source>Open answers saved to a file (*.smm-career.json or any .json)</source>
        <translation>Antwoorden openen die in een bestand zijn opgeslagen (*.smm-career.json of een ander .json-bestand)</translation>
    </message>
    <message>
        <source>No assessment is saved on this computer.</source>
        <translation>Er is geen vragenlijst opgeslagen op deze computer.</translation>
    </message>
    <message>
        <source>Open answers</source>
        <translation>Antwoorden openen</translation>
    </message>
    <message>
        <source>Sa&amp;ved assessments (newest first):</source>
        <translation>Opge&amp;slagen vragenlijsten (nieuwste eerst):</translation>
    </message>
    <message>
        <source>Counsellor mode…</source>
        <translation>Begeleidersmodus…</translation>
    </message>
    <message>
        <source>⚠ Cannot be opened: {file} ({when})</source>
        <translation>⚠ Kan niet worden geopend: {file} ({when})</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>{name} — {when} — {n} answers</source>
        <translation>{name} — {when} — {n} antwoorden</translation>
    </message>
    <message>
        <source>(from the backup copy)</source>
        <translation>(uit de reservekopie)</translation>
    </message>
    <message>
        <source>Answer files (*.json)</source>
        <translation>Antwoordbestanden (*.json)</translation>
    </message>
</context>
</TS>
