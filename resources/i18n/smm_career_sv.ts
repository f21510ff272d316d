<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AssessmentDateDialog</name>
    <message>
        <source>Change date</source>
        <translation>Ändra datum</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Datumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>Day the assessment was taken</source>
        <translation>Dag då kartläggningen gjordes</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>Your answers from {when} were recovered.</source>
        <translation>Dina svar från {when} har återställts.</translation>
    </message>
    <message>
        <source>Language: {name}</source>
        <translation>Språk: {name}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <source>&amp;Save answers as…</source>
        <translation>&amp;Spara svaren som…</translation>
    </message>
    <message>
        <source>&amp;Open answers…</source>
        <translation>&amp;Öppna svar…</translation>
    </message>
    <message>
        <source>&amp;Compare with earlier answers…</source>
        <translation>&amp;Jämför med tidigare svar…</translation>
    </message>
    <message>
        <source>S&amp;ources…</source>
        <translation>Kä&amp;llor…</translation>
    </message>
    <message>
        <source>What the questions rest on: the source articles</source>
        <translation>Vad frågorna bygger på: källartiklarna</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Your answers are saved; you can continue later.</source>
        <translation>Dina svar är sparade; du kan fortsätta senare.</translation>
    </message>
    <message>
        <source>my-answers</source>
        <translation>mina-svar</translation>
    </message>
    <message>
        <source>Save answers as</source>
        <translation>Spara svaren som</translation>
    </message>
    <message>
        <source>Answer files (*.json)</source>
        <translation>Svarsfiler (*.json)</translation>
    </message>
    <message>
        <source>The answers could not be saved as {path}: {reason}</source>
        <translation>Svaren kunde inte sparas som {path}: {reason}</translation>
    </message>
    <message>
        <source>Compare with earlier answers</source>
        <translation>Jämför med tidigare svar</translation>
    </message>
    <message>
        <source>Close your results?</source>
        <translation>Vill du stänga resultatet?</translation>
    </message>
    <message>
        <source>Leave the assessment?</source>
        <translation>Lämna kartläggningen?</translation>
    </message>
    <message>
        <source>Your latest answers could not be saved: {reason}</source>
        <translation>Dina senaste svar kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <source>The assessment is kept in the client&apos;s record.</source>
        <translation>Kartläggningen finns kvar i klientens uppgifter.</translation>
    </message>
    <message>
        <source>The answers are kept in the client&apos;s record: select this assessment there and choose “Continue selected” to go on later.</source>
        <translation>Svaren sparas i klientens uppgifter: välj kartläggningen där och klicka på ”Fortsätt med den valda” när ni vill fortsätta.</translation>
    </message>
    <message>
        <source>Your answers are kept on this computer: choose “Continue a saved assessment” on the start page to go on later.</source>
        <translation>Dina svar finns kvar på den här datorn: välj ”Fortsätt en sparad kartläggning” på startsidan när du vill fortsätta.</translation>
    </message>
    <message>
        <source>On a shared computer you can remove them instead. To keep a copy, use “Save answers as…” first.</source>
        <translation>På en delad dator kan du i stället ta bort dem. Vill du ha kvar en kopia, använd först ”Spara svaren som…”.</translation>
    </message>
    <message>
        <source>&amp;Remove my answers and close</source>
        <translation>&amp;Ta bort mina svar och stäng</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Lämna</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>Stanna &amp;kvar</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Making the PDF…</source>
        <translation>Skapar PDF:en…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>If you lose the new passphrase, the records are lost. Write it down somewhere safe, and make a backup of the records (“Back up records…” in counsellor mode).</source>
        <translation>Om du tappar bort den nya lösenfrasen går klientuppgifterna förlorade. Skriv ner den på ett säkert ställe och gör en säkerhetskopia av uppgifterna (”Säkerhetskopiera uppgifterna…” i vägledarläget).</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Ny lösenfras:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Upprepa lösenfrasen:</translation>
    </message>
</context>
<context>
    <name>ClientDetailsDialog</name>
    <message>
        <source>New client</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <source>Edit client details</source>
        <translation>Ändra klientens uppgifter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>E-post (valfritt)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefon (valfritt)</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Kartläggningar</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation>Senaste kartläggning</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>Due for review or erasure: nothing new for longer than the retention period</source>
        <translation>Dags att se över eller radera: inget nytt på längre tid än lagringstiden</translation>
    </message>
</context>
<context>
    <name>CounsellorMode</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Lösenfrasen stämmer inte. Försök igen.</translation>
    </message>
    <message>
        <source>The client store cannot be opened: {reason}</source>
        <translation>Klientdatabasen kan inte öppnas: {reason}</translation>
    </message>
    <message>
        <source>The client records were replaced by another program (a restored backup?). Enter the passphrase to open them as they are now.</source>
        <translation>Klientuppgifterna har ersatts av ett annat program (en återställd säkerhetskopia?). Skriv lösenfrasen för att öppna dem som de är nu.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>Lösenfrasen är bytt. Använd den nya från och med nu.</translation>
    </message>
</context>
<context>
    <name>CounsellorView</name>
    <message>
        <source>← Start page</source>
        <translation>← Startsidan</translation>
    </message>
    <message>
        <source>Search by name, e-mail or phone…</source>
        <translation>Sök på namn, e-post eller telefon…</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Ny klient…</translation>
    </message>
    <message>
        <source>Choose a client on the left, or add a new one.</source>
        <translation>Välj en klient till vänster eller lägg till en ny.</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Ny kartläggning</translation>
    </message>
    <message>
        <source>Continue selected</source>
        <translation>Fortsätt med den valda</translation>
    </message>
    <message>
        <source>Your ratings…</source>
        <translation>Dina skattningar…</translation>
    </message>
    <message>
        <source>Progress report (PDF)…</source>
        <translation>Framstegsrapport (PDF)…</translation>
    </message>
    <message>
        <source>Export data (JSON)…</source>
        <translation>Exportera data (JSON)…</translation>
    </message>
    <message>
        <source>Attach answer file…</source>
        <translation>Lägg till svarsfil…</translation>
    </message>
    <message>
        <source>Add an answer file the client brought or sent as an assessment of this client</source>
        <translation>Lägg till en svarsfil som klienten tagit med eller skickat, som en kartläggning för den här klienten</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Lås efter inaktivitet i</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Byt lösenfras…</translation>
    </message>
    <message>
        <source>Back up records…</source>
        <translation>Säkerhetskopiera uppgifterna…</translation>
    </message>
    <message>
        <source>An encrypted copy of all client records; it opens with the passphrase you have now</source>
        <translation>En krypterad kopia av alla klientuppgifter; den öppnas med den lösenfras du har nu</translation>
    </message>
    <message>
        <source>Language of the counsellor view</source>
        <translation>Språk för vägledarvyn</translation>
    </message>
    <message>
        <source>Erase client…</source>
        <translation>Radera klient…</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Kartläggningar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>The client&apos;s record</source>
        <translation>Klientens uppgifter</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Redo för målrollen</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Målroll</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n client(s)</source>
        <translation>
            <numerusform>{shown} av %n klient</numerusform>
            <numerusform>{shown} av %n klienter</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Kunde inte spara: {reason}</translation>
    </message>
    <message>
        <source>client since {date}</source>
        <translation>klient sedan {date}</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>ej klar</translation>
    </message>
    <message>
        <source>Not saved: this note was changed in another window.</source>
        <translation>Inte sparad: anteckningen ändrades i ett annat fönster.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Anteckningarna är sparade.</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Ta bort anteckning</translation>
    </message>
    <message>
        <source>Delete this note? This cannot be undone.</source>
        <translation>Vill du ta bort anteckningen? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Not deleted: this note was changed in another window.</source>
        <translation>Inte borttagen: anteckningen ändrades i ett annat fönster.</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Anteckningen är borttagen.</translation>
    </message>
    <message>
        <source>Your ratings are saved beside the client&apos;s.</source>
        <translation>Dina skattningar är sparade bredvid klientens.</translation>
    </message>
    <message>
        <source>Client record backups (*.sqlite3)</source>
        <translation>Säkerhetskopior av klientuppgifter (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Säkerhetskopian är sparad: {path}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Sparade {path}</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Radera klient</translation>
    </message>
    <message numerus="yes">
        <source>Erase {name}?

This removes the client&apos;s record, all %n assessment(s) with their notes, unfinished answers in this data folder that belong to the client, and the client from the backup copies the app keeps in the data folder.

It cannot reach files saved elsewhere: PDF reports, exported data and backups saved in other folders or given to the client. Delete those yourself.

This cannot be undone.</source>
        <translation>
            <numerusform>Radera {name}?

Det här tar bort klientens uppgifter, %n kartläggning med anteckningar, påbörjade kartläggningar i den här datamappen som hör till klienten, och klienten ur de säkerhetskopior som programmet sparar i datamappen.

Filer som sparats någon annanstans kan programmet inte nå: PDF-rapporter, exporterade data och säkerhetskopior i andra mappar eller som klienten har fått. Dem får du radera själv.

Det går inte att ångra.</numerusform>
            <numerusform>Radera {name}?

Det här tar bort klientens uppgifter, alla %n kartläggningar med anteckningar, påbörjade kartläggningar i den här datamappen som hör till klienten, och klienten ur de säkerhetskopior som programmet sparar i datamappen.

Filer som sparats någon annanstans kan programmet inte nå: PDF-rapporter, exporterade data och säkerhetskopior i andra mappar eller som klienten har fått. Dem får du radera själv.

Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>{name} was erased.</source>
        <translation>{name} har raderats.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Skrev {path}</translation>
    </message>
    <message>
        <source>Answer files (*.json)</source>
        <translation>Svarsfiler (*.json)</translation>
    </message>
    <message>
        <source>{file} was not attached.</source>
        <translation>{file} lades inte till.</translation>
    </message>
    <message>
        <source>{file} was added to {name}’s assessments.</source>
        <translation>{file} lades till bland kartläggningarna för {name}.</translation>
    </message>
    <message>
        <source>{file} holds the answers of {named}, but the selected client is {client}. Attach it to {client} all the same?</source>
        <translation>{file} innehåller svaren från {named}, men den valda klienten är {client}. Vill du ändå lägga till filen hos {client}?</translation>
    </message>
    <message>
        <source>Attach all the same</source>
        <translation>Lägg till ändå</translation>
    </message>
    <message>
        <source>These answers are already in {name}’s record (the assessment of {date}); nothing was added.</source>
        <translation>De här svaren finns redan hos {name} (kartläggningen från {date}); inget lades till.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Spara &amp;PDF…</translation>
    </message>
    <message>
        <source>Making the PDF</source>
        <translation>PDF:en skapas</translation>
    </message>
    <message>
        <source>development-plan</source>
        <translation>utvecklingsplan</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Sparad: {path}</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF sparad</translation>
    </message>
    <message>
        <source>The development plan was saved as
{path}

Open it now?</source>
        <translation>Utvecklingsplanen sparades som
{path}

Vill du öppna den nu?</translation>
    </message>
    <message>
        <source>No PDF was made.</source>
        <translation>Ingen PDF skapades.</translation>
    </message>
    <message>
        <source>A PDF cannot be made on this computer yet. Your answers are saved.

{hint}</source>
        <translation>Den här datorn kan inte skapa PDF ännu. Dina svar är sparade.

{hint}</translation>
    </message>
    <message>
        <source>The PDF could not be made. Your answers are saved.

{reason}</source>
        <translation>PDF:en kunde inte skapas. Dina svar är sparade.

{reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your answers cannot be saved in {folder}: {reason}</source>
        <translation>Dina svar kan inte sparas i {folder}: {reason}</translation>
    </message>
    <message>
        <source>Answers to questions no longer asked were left out: {ids}</source>
        <translation>Svar på frågor som inte längre ställs lämnades utanför: {ids}</translation>
    </message>
    <message>
        <source>Open answers</source>
        <translation>Öppna svar</translation>
    </message>
    <message>
        <source>Answer files (*.json)</source>
        <translation>Svarsfiler (*.json)</translation>
    </message>
    <message>
        <source>Your answers were saved as {path}</source>
        <translation>Dina svar sparades som {path}</translation>
    </message>
    <message>
        <source>Could not save your answers: {reason}</source>
        <translation>Kunde inte spara dina svar: {reason}</translation>
    </message>
    <message>
        <source>Your answers stay in this window; saving is tried again.</source>
        <translation>Dina svar finns kvar i fönstret; sparandet prövas igen.</translation>
    </message>
    <message>
        <source>All answers saved.</source>
        <translation>Alla svar är sparade.</translation>
    </message>
    <message>
        <source>Save answers as</source>
        <translation>Spara svaren som</translation>
    </message>
    <message>
        <source>Your latest answers could not be saved: {reason}</source>
        <translation>Dina senaste svar kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <source>Save them in another place before closing?</source>
        <translation>Vill du spara dem på ett annat ställe innan du stänger?</translation>
    </message>
    <message>
        <source>Save elsewhere…</source>
        <translation>Spara någon annanstans…</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
</context>
<context>
    <name>MoveAssessmentDialog</name>
    <message>
        <source>Move to another client</source>
        <translation>Flytta till en annan klient</translation>
    </message>
    <message>
        <source>Search by name, e-mail or phone…</source>
        <translation>Sök på namn, e-post eller telefon…</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
</context>
<context>
    <name>NoteConflictDialog</name>
    <message>
        <source>Note changed in another window</source>
        <translation>Anteckningen ändrades i ett annat fönster</translation>
    </message>
    <message>
        <source>While you were writing, this note was saved in another window or from the command line. Nothing is lost yet: choose what to keep.</source>
        <translation>Medan du skrev sparades den här anteckningen i ett annat fönster eller från kommandoraden. Inget har gått förlorat än: välj vad du vill behålla.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Din text</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>Sparade någon annanstans</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behåll min</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Behåll den andra</translation>
    </message>
    <message>
        <source>Keep both (mine below theirs)</source>
        <translation>Behåll båda (min under den andra)</translation>
    </message>
    <message>
        <source>Keep both as two notes</source>
        <translation>Behåll båda som två anteckningar</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes per gap</source>
        <translation>Anteckningar per lucka</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lucka</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Notes (newest last)</source>
        <translation>Anteckningar (nyaste sist)</translation>
    </message>
    <message>
        <source>Notes on this assessment</source>
        <translation>Anteckningar om kartläggningen</translation>
    </message>
    <message>
        <source>Internal: only for you, never printed</source>
        <translation>Intern: bara för dig, skrivs aldrig ut</translation>
    </message>
    <message>
        <source>Leave it unticked to share the note: it is then printed in the client&apos;s PDF.</source>
        <translation>Lämna rutan tom för att dela anteckningen: då skrivs den ut i klientens PDF.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>Delete note…</source>
        <translation>Ta bort anteckning…</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>Date of the next meeting</source>
        <translation>Datum för nästa möte</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Spara anteckningar</translation>
    </message>
    <message>
        <source>This client has no assessment yet. Start one with “New assessment”.</source>
        <translation>Klienten har ingen kartläggning ännu. Starta en med ”Ny kartläggning”.</translation>
    </message>
    <message>
        <source>Notes for the assessment of {date}</source>
        <translation>Anteckningar för kartläggningen {date}</translation>
    </message>
    <message>
        <source>From the client&apos;s answer file: never printed</source>
        <translation>Från klientens svarsfil: skrivs aldrig ut</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Shared: printed in the client&apos;s PDF</source>
        <translation>Delad: skrivs ut i klientens PDF</translation>
    </message>
    <message>
        <source>This note came inside the client&apos;s answer file. It is never printed as yours.</source>
        <translation>Anteckningen kom med klientens svarsfil. Den skrivs aldrig ut som din.</translation>
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
        <translation>(decimalkomma och decimalpunkt fungerar båda)</translation>
    </message>
</context>
<context>
    <name>ObserverDialog</name>
    <message>
        <source>Observer ratings</source>
        <translation>Bedömarens skattningar</translation>
    </message>
    <message>
        <source>Someone who knows this person&apos;s work – a counsellor after the session, a colleague or a manager – rates the same competencies from 1 to 5. A difference of two levels or more is shown in the results as something to talk about.</source>
        <translation>Någon som känner personens arbete – en vägledare efter samtalet, en kollega eller en chef – skattar samma kompetenser från 1 till 5. En skillnad på två nivåer eller mer visas i resultatet som något att prata om.</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Vägledare</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <source>&amp;Name (optional)</source>
        <translation>&amp;Namn (valfritt)</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <source>Own rating</source>
        <translation>Egen skattning</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Bedömare</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>inte skattad</translation>
    </message>
    <message>
        <source>Observer&apos;s rating: {name}</source>
        <translation>Bedömarens skattning: {name}</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase for your client records</source>
        <translation>Välj en lösenfras för dina klientuppgifter</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Spara lösenfrasen</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>minst 8 tecken</translation>
    </message>
    <message>
        <source>Counsellor mode is locked</source>
        <translation>Vägledarläget är låst</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>Your client records are encrypted with this passphrase. If you lose it, the records are lost: nobody can open them, not even with help. Write it down somewhere safe, and make a backup of the records now and then (“Back up records…” in counsellor mode).</source>
        <translation>Dina klientuppgifter krypteras med den här lösenfrasen. Om du tappar bort den går uppgifterna förlorade: ingen kan öppna dem, inte ens med hjälp. Skriv ner den på ett säkert ställe och gör en säkerhetskopia av uppgifterna då och då (”Säkerhetskopiera uppgifterna…” i vägledarläget).</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Upp&amp;repa lösenfrasen:</translation>
    </message>
    <message>
        <source>← Start page</source>
        <translation>← Startsidan</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De två lösenfraserna är inte likadana.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>What changed since your earlier answers</source>
        <translation>Vad som har ändrats sedan dina tidigare svar</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Compare the latest with</source>
        <translation>Jämför den senaste med</translation>
    </message>
    <message>
        <source>the previous assessment</source>
        <translation>den förra kartläggningen</translation>
    </message>
    <message>
        <source>the first assessment</source>
        <translation>den första kartläggningen</translation>
    </message>
    <message>
        <source>Readiness over time</source>
        <translation>Redo för målrollen över tid</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Då</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Progress appears once the client has two assessments.</source>
        <translation>Framstegen visas när klienten har två kartläggningar.</translation>
    </message>
    <message>
        <source>Not counted (answers not complete or not valid): {dates}</source>
        <translation>Räknas inte (svaren är ofullständiga eller ogiltiga): {dates}</translation>
    </message>
    <message>
        <source>Earlier ({date})</source>
        <translation>Tidigare ({date})</translation>
    </message>
    <message>
        <source>Latest ({date})</source>
        <translation>Senaste ({date})</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <source>required</source>
        <translation>obligatorisk</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>Källa: {sources}</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Källor: {sources}</translation>
    </message>
    <message>
        <source>“Sources…” below shows what each article says.</source>
        <translation>”Källor…” nedanför visar vad varje artikel säger.</translation>
    </message>
</context>
<context>
    <name>RankInput</name>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Alternativ</translation>
    </message>
    <message>
        <source>Your order (choose {n})</source>
        <translation>Din ordning (välj {n})</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>Lägg t&amp;ill →</translation>
    </message>
    <message>
        <source>← &amp;Remove</source>
        <translation>← &amp;Ta bort</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytta ne&amp;d</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Your order</source>
        <translation>Din ordning</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Edit details…</source>
        <translation>Ändra uppgifter…</translation>
    </message>
    <message>
        <source>Record consent today</source>
        <translation>Registrera samtycke i dag</translation>
    </message>
    <message>
        <source>Record that the client agreed today to these records being kept</source>
        <translation>Registrera att klienten i dag har samtyckt till att uppgifterna sparas</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <source>Your name on shared notes, and how long records are kept before a client is due for review</source>
        <translation>Ditt namn på delade anteckningar, och hur länge uppgifter sparas innan en klient ska ses över</translation>
    </message>
    <message>
        <source>Move to another client…</source>
        <translation>Flytta till en annan klient…</translation>
    </message>
    <message>
        <source>Change date…</source>
        <translation>Ändra datum…</translation>
    </message>
    <message>
        <source>Delete assessment…</source>
        <translation>Radera kartläggning…</translation>
    </message>
    <message>
        <source>Consent recorded on {date}</source>
        <translation>Samtycke registrerat {date}</translation>
    </message>
    <message>
        <source>Consent: not recorded</source>
        <translation>Samtycke: inte registrerat</translation>
    </message>
    <message numerus="yes">
        <source>Due for review or erasure: nothing new for more than %n month(s).</source>
        <translation>
            <numerusform>Dags att se över eller radera: inget nytt på mer än %n månad.</numerusform>
            <numerusform>Dags att se över eller radera: inget nytt på mer än %n månader.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}’s details are saved.</source>
        <translation>Uppgifterna för {name} är sparade.</translation>
    </message>
    <message>
        <source>Consent recorded on {date}.</source>
        <translation>Samtycke registrerat {date}.</translation>
    </message>
    <message>
        <source>There is no other client to move it to: add that client first (New client…).</source>
        <translation>Det finns ingen annan klient att flytta den till: lägg först till den klienten (Ny klient…).</translation>
    </message>
    <message>
        <source>Move the assessment of {date} ({result}) from {name} to:</source>
        <translation>Flytta kartläggningen {date} ({result}) från {name} till:</translation>
    </message>
    <message>
        <source>The assessment already belongs to {name}; nothing was moved.</source>
        <translation>Kartläggningen hör redan till {name}; inget flyttades.</translation>
    </message>
    <message>
        <source>The assessment of {date} ({result}) was moved to {name}.</source>
        <translation>Kartläggningen {date} ({result}) flyttades till {name}.</translation>
    </message>
    <message>
        <source>{date} is in the future: an assessment cannot be dated later than today. Nothing was changed.</source>
        <translation>{date} ligger i framtiden: en kartläggning kan inte dateras senare än i dag. Inget ändrades.</translation>
    </message>
    <message>
        <source>The assessment is now dated {date}.</source>
        <translation>Kartläggningen är nu daterad {date}.</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Radera kartläggning</translation>
    </message>
    <message numerus="yes">
        <source>Delete the assessment of {date} ({result})? It is erased without a trace, and with it everything recorded on it: %n note(s), the next meeting and your ratings, if any. This cannot be undone.</source>
        <translation>
            <numerusform>Radera kartläggningen {date} ({result})? Den raderas spårlöst, och med den allt som registrerats på den: %n anteckning, nästa möte och dina skattningar, om sådana finns. Det går inte att ångra.</numerusform>
            <numerusform>Radera kartläggningen {date} ({result})? Den raderas spårlöst, och med den allt som registrerats på den: %n anteckningar, nästa möte och dina skattningar, om sådana finns. Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>The assessment of {date} ({result}) was deleted.</source>
        <translation>Kartläggningen {date} ({result}) har raderats.</translation>
    </message>
    <message>
        <source>Your shared notes are signed “{name}” in PDFs.</source>
        <translation>Dina delade anteckningar undertecknas ”{name}” i PDF:er.</translation>
    </message>
    <message>
        <source>Your shared notes are not signed in PDFs.</source>
        <translation>Dina delade anteckningar undertecknas inte i PDF:er.</translation>
    </message>
    <message numerus="yes">
        <source>Clients with nothing new for more than %n month(s) are marked for review.</source>
        <translation>
            <numerusform>Klienter utan något nytt på mer än %n månad markeras för översyn.</numerusform>
            <numerusform>Klienter utan något nytt på mer än %n månader markeras för översyn.</numerusform>
        </translation>
    </message>
    <message>
        <source>No retention period is set: no client is marked for review.</source>
        <translation>Ingen lagringstid är vald: ingen klient markeras för översyn.</translation>
    </message>
</context>
<context>
    <name>RecordSettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>A client with no new assessment or note for longer than this is marked in the list as due for review: erase their records, or keep them if there is still a reason to.</source>
        <translation>En klient utan ny kartläggning eller anteckning under längre tid än så markeras i listan för översyn: radera klientens uppgifter, eller behåll dem om det fortfarande finns skäl till det.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Your name (signs your shared notes in PDFs)</source>
        <translation>Ditt namn (undertecknar dina delade anteckningar i PDF:er)</translation>
    </message>
    <message>
        <source>Months without activity</source>
        <translation>Månader utan aktivitet</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Progress report (PDF)…</source>
        <translation>Framstegsrapport (PDF)…</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>Rapportens språk:</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Observer ratings…</source>
        <translation>Bedömarens skattningar…</translation>
    </message>
    <message>
        <source>Your results</source>
        <translation>Ditt resultat</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Question {k} of {n}</source>
        <translation>Fråga {k} av {n}</translation>
    </message>
    <message>
        <source>Questions {k}–{last} of {n}</source>
        <translation>Frågor {k}–{last} av {n}</translation>
    </message>
    <message>
        <source>about {m} minutes left</source>
        <translation>cirka {m} minuter kvar</translation>
    </message>
    <message>
        <source>about a minute left</source>
        <translation>cirka en minut kvar</translation>
    </message>
    <message>
        <source>{section}: {page}</source>
        <translation>{section}: {page}</translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>Svara på den här frågan.</translation>
    </message>
    <message>
        <source>Choose exactly {n}, in order of importance.</source>
        <translation>Välj exakt {n}, i ordning efter betydelse.</translation>
    </message>
    <message>
        <source>This cannot be more than your answer to “{other}” ({limit}).</source>
        <translation>Det här kan inte vara mer än ditt svar på ”{other}” ({limit}).</translation>
    </message>
    <message>
        <source>Some answers on this page need attention (marked in red) before you can go on.</source>
        <translation>Några svar på sidan behöver ses över (markerade i rött) innan du kan gå vidare.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>The questions and the plan rest on these articles:</source>
        <translation>Frågorna och planen bygger på de här artiklarna:</translation>
    </message>
    <message>
        <source>Its own title: “{title}” (in {language})</source>
        <translation>Artikelns egen rubrik: ”{title}” (på {language})</translation>
    </message>
    <message>
        <source>Published by: {who}</source>
        <translation>Publicerad av: {who}</translation>
    </message>
    <message>
        <source>The article does not say who published it.</source>
        <translation>Artikeln säger inte vem som har publicerat den.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Find out where you stand as a social media manager and what to learn next. Answer the questions; your answers are saved as you go, and at the end you get a development plan as a PDF.</source>
        <translation>Ta reda på var du står som ansvarig för sociala medier och vad du kan lära dig härnäst. Svara på frågorna; svaren sparas löpande, och till sist får du en utvecklingsplan som PDF.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Ny kartläggning</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <source>for example Anna Berg</source>
        <translation>till exempel Anna Berg</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Börja</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Sparade på den här datorn</translation>
    </message>
    <message>
        <source>&amp;Continue a saved assessment…</source>
        <translation>&amp;Fortsätt en sparad kartläggning…</translation>
    </message>
    <message>
        <source>C&amp;ontinue the selected one</source>
        <translation>F&amp;ortsätt med den valda kartläggningen</translation>
    </message>
    <message>
        <source>Open &amp;answers…</source>
        <translation>Öppna s&amp;var…</translation>
    </message>
    <message>
        <source>Open answers saved to a file (*.smm-career.json or any .json)</source>
        <translation>Öppna svar som sparats i en fil (*.smm-career.json eller annan .json)</translation>
    </message>
    <message>
        <source>No assessment is saved on this computer.</source>
        <translation>Ingen kartläggning är sparad på den här datorn.</translation>
    </message>
    <message>
        <source>Open answers</source>
        <translation>Öppna svar</translation>
    </message>
    <message>
        <source>Sa&amp;ved assessments (newest first):</source>
        <translation>Spa&amp;rade kartläggningar (nyaste först):</translation>
    </message>
    <message>
        <source>Counsellor mode…</source>
        <translation>Vägledarläge…</translation>
    </message>
    <message>
        <source>⚠ Cannot be opened: {file} ({when})</source>
        <translation>⚠ Kan inte öppnas: {file} ({when})</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>{name} — {when} — {n} answers</source>
        <translation>{name} — {when} — {n} svar</translation>
    </message>
    <message>
        <source>(from the backup copy)</source>
        <translation>(från säkerhetskopian)</translation>
    </message>
    <message>
        <source>Answer files (*.json)</source>
        <translation>Svarsfiler (*.json)</translation>
    </message>
</context>
</TS>
