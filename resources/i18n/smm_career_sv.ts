<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AssessmentDateDialog</name>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="143"/>
        <source>Change date</source>
        <translation>Ändra datum</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="148"/>
        <source>The date cannot be in the future.</source>
        <translation>Datumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="152"/>
        <source>Day the assessment was taken</source>
        <translation>Dag då kartläggningen gjordes</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <location filename="../../app/gui/wizard.py" line="208"/>
        <source>Your answers from {when} were recovered.</source>
        <translation>Dina svar från {when} har återställts.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="245"/>
        <source>Language: {name}</source>
        <translation>Språk: {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="247"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="248"/>
        <source>&amp;Answers</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="249"/>
        <source>&amp;Save answers as…</source>
        <translation>&amp;Spara svaren som…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="250"/>
        <source>&amp;Open answers…</source>
        <translation>&amp;Öppna svar…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="251"/>
        <source>&amp;Compare with earlier answers…</source>
        <translation>&amp;Jämför med tidigare svar…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="252"/>
        <source>S&amp;ources…</source>
        <translation>Kä&amp;llor…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="253"/>
        <source>What the questions rest on: the source articles</source>
        <translation>Vad frågorna bygger på: källartiklarna</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="259"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="261"/>
        <source>Your answers are saved; you can continue later.</source>
        <translation>Dina svar är sparade; du kan fortsätta senare.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="304"/>
        <source>my-answers</source>
        <translation>mina-svar</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="310"/>
        <source>Save answers as</source>
        <translation>Spara svaren som</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="310"/>
        <location filename="../../app/gui/wizard.py" line="346"/>
        <source>Answer files (*.json)</source>
        <translation>Svarsfiler (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="326"/>
        <source>The answers could not be saved as {path}: {reason}</source>
        <translation>Svaren kunde inte sparas som {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="346"/>
        <source>Compare with earlier answers</source>
        <translation>Jämför med tidigare svar</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="397"/>
        <source>Close your results?</source>
        <translation>Stänga ditt resultat?</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="397"/>
        <source>Leave the assessment?</source>
        <translation>Lämna kartläggningen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="399"/>
        <source>Your latest answers could not be saved: {reason}</source>
        <translation>Dina senaste svar kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="402"/>
        <source>The answers are kept in the client&apos;s record: select this assessment there and choose “Continue selected” to go on later.</source>
        <translation>Svaren sparas i klientens uppgifter: välj kartläggningen där och klicka på ”Fortsätt med den valda” när ni vill fortsätta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="407"/>
        <source>Your answers are kept on this computer: choose “Continue a saved assessment” on the start page to go on later.</source>
        <translation>Dina svar finns kvar på den här datorn: välj ”Fortsätt en sparad kartläggning” på startsidan när du vill fortsätta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="413"/>
        <source>On a shared computer you can remove them instead. To keep a copy, use “Save answers as…” first.</source>
        <translation>På en delad dator kan du i stället ta bort dem. Vill du ha kvar en kopia, använd först ”Spara svaren som…”.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="417"/>
        <source>&amp;Remove my answers and close</source>
        <translation>&amp;Ta bort mina svar och stäng</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="422"/>
        <source>&amp;Leave</source>
        <translation>&amp;Lämna</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="422"/>
        <source>C&amp;lose</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="425"/>
        <source>&amp;Stay</source>
        <translation>Stanna &amp;kvar</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../app/gui/background.py" line="111"/>
        <source>Making the PDF…</source>
        <translation>Skapar PDF:en…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="160"/>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="164"/>
        <source>If you lose the new passphrase, the records are lost. Write it down somewhere safe, and make a backup of the records (“Back up records…” in counsellor mode).</source>
        <translation>Om du tappar bort den nya lösenfrasen går klientuppgifterna förlorade. Skriv ner den på ett säkert ställe och gör en säkerhetskopia av uppgifterna (”Säkerhetskopiera uppgifterna…” i vägledarläget).</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="173"/>
        <source>New passphrase:</source>
        <translation>Ny lösenfras:</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="174"/>
        <source>Repeat it:</source>
        <translation>Upprepa den:</translation>
    </message>
</context>
<context>
    <name>ClientDetailsDialog</name>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="50"/>
        <source>New client</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="50"/>
        <source>Edit client details</source>
        <translation>Ändra klientens uppgifter</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="64"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="65"/>
        <source>E-mail (optional)</source>
        <translation>E-post (valfritt)</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="66"/>
        <source>Phone (optional)</source>
        <translation>Telefon (valfritt)</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../app/gui/counsellor/client_model.py" line="110"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_model.py" line="110"/>
        <source>Assessments</source>
        <translation>Kartläggningar</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_model.py" line="110"/>
        <source>Last assessment</source>
        <translation>Senaste kartläggning</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_model.py" line="110"/>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_model.py" line="126"/>
        <source>Due for review or erasure: nothing new for longer than the retention period</source>
        <translation>Dags att se över eller radera: inget nytt på längre tid än lagringstiden</translation>
    </message>
</context>
<context>
    <name>CounsellorMode</name>
    <message>
        <location filename="../../app/gui/counsellor/mode.py" line="159"/>
        <source>That passphrase is not right. Try again.</source>
        <translation>Lösenfrasen stämmer inte. Försök igen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/mode.py" line="163"/>
        <source>The client store cannot be opened: {reason}</source>
        <translation>Klientdatabasen kan inte öppnas: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/mode.py" line="220"/>
        <source>The client records were replaced by another program (a restored backup?). Enter the passphrase to open them as they are now.</source>
        <translation>Klientuppgifterna har ersatts av ett annat program (en återställd säkerhetskopia?). Skriv lösenfrasen för att öppna dem som de är nu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/mode.py" line="286"/>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>Lösenfrasen är bytt. Använd den nya från och med nu.</translation>
    </message>
</context>
<context>
    <name>CounsellorView</name>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="288"/>
        <source>← Start page</source>
        <translation>← Startsidan</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="289"/>
        <source>Search by name, e-mail or phone…</source>
        <translation>Sök på namn, e-post eller telefon…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="292"/>
        <source>New client…</source>
        <translation>Ny klient…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="293"/>
        <source>Choose a client on the left, or add a new one.</source>
        <translation>Välj en klient till vänster eller lägg till en ny.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="294"/>
        <source>New assessment</source>
        <translation>Ny kartläggning</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="295"/>
        <source>Continue selected</source>
        <translation>Fortsätt med den valda</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="296"/>
        <source>Your ratings…</source>
        <translation>Dina skattningar…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="297"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="862"/>
        <source>Progress report (PDF)…</source>
        <translation>Framstegsrapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="298"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="779"/>
        <source>Export data (JSON)…</source>
        <translation>Exportera data (JSON)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="299"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="910"/>
        <source>Attach answer file…</source>
        <translation>Lägg till svarsfil…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="301"/>
        <source>Add an answer file the client brought or sent as an assessment of this client</source>
        <translation>Lägg till en svarsfil som klienten tagit med eller skickat, som en kartläggning för den här klienten</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="303"/>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="304"/>
        <source>Lock when idle for</source>
        <translation>Lås efter inaktivitet i</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="305"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="306"/>
        <source>Change passphrase…</source>
        <translation>Byt lösenfras…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="307"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="754"/>
        <source>Back up records…</source>
        <translation>Säkerhetskopiera uppgifterna…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="309"/>
        <source>An encrypted copy of all client records; it opens with the passphrase you have now</source>
        <translation>En krypterad kopia av alla klientuppgifter; den öppnas med den lösenfras du har nu</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="311"/>
        <source>Language of the counsellor view</source>
        <translation>Språk för vägledarvyn</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="316"/>
        <source>Erase client…</source>
        <translation>Radera klient…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="317"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="322"/>
        <source>Assessments</source>
        <translation>Kartläggningar</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="317"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="324"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="317"/>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="319"/>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="320"/>
        <source>The client&apos;s record</source>
        <translation>Klientens uppgifter</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="324"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="324"/>
        <source>Readiness</source>
        <translation>Redo för målrollen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="324"/>
        <source>Target role</source>
        <translation>Målroll</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="389"/>
        <source>{shown} of %n client(s)</source>
        <translation>
            <numerusform>{shown} av %n klient</numerusform>
            <numerusform>{shown} av %n klienter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="430"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="574"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="619"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="743"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="797"/>
        <source>Could not save: {reason}</source>
        <translation>Kunde inte spara: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="464"/>
        <source>client since {date}</source>
        <translation>klient sedan {date}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="482"/>
        <source>unfinished</source>
        <translation>ej klar</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="602"/>
        <source>Not saved: this note was changed in another window.</source>
        <translation>Inte sparad: anteckningen ändrades i ett annat fönster.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="625"/>
        <source>Notes saved.</source>
        <translation>Anteckningarna är sparade.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="652"/>
        <source>Delete note</source>
        <translation>Ta bort anteckning</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="653"/>
        <source>Delete this note? This cannot be undone.</source>
        <translation>Vill du ta bort anteckningen? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="658"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="674"/>
        <source>Not deleted: this note was changed in another window.</source>
        <translation>Inte borttagen: anteckningen ändrades i ett annat fönster.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="688"/>
        <source>Note deleted.</source>
        <translation>Anteckningen är borttagen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="747"/>
        <source>Your ratings are saved beside the client&apos;s.</source>
        <translation>Dina skattningar är sparade bredvid klientens.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="756"/>
        <source>Client record backups (*.sqlite3)</source>
        <translation>Säkerhetskopior av klientuppgifter (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="770"/>
        <source>Backup saved: {path}</source>
        <translation>Säkerhetskopian är sparad: {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="799"/>
        <source>Saved {path}</source>
        <translation>Sparade {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="808"/>
        <source>Erase client</source>
        <translation>Radera klient</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="810"/>
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
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="824"/>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="843"/>
        <source>{name} was erased.</source>
        <translation>{name} har raderats.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="864"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="896"/>
        <source>Wrote {path}</source>
        <translation>Skrev {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="910"/>
        <source>Answer files (*.json)</source>
        <translation>Svarsfiler (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="931"/>
        <source>{file} was added to {name}’s assessments.</source>
        <translation>{file} lades till bland kartläggningarna för {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="949"/>
        <source>These answers are already in {name}’s record (the assessment of {date}); nothing was added.</source>
        <translation>De här svaren finns redan hos {name} (kartläggningen från {date}); inget lades till.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../app/gui/export.py" line="56"/>
        <source>Save &amp;PDF…</source>
        <translation>Spara &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="57"/>
        <source>Making the PDF</source>
        <translation>PDF:en skapas</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="60"/>
        <source>development-plan</source>
        <translation>utvecklingsplan</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="66"/>
        <location filename="../../app/gui/export.py" line="132"/>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="66"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="101"/>
        <source>Saved: {path}</source>
        <translation>Sparad: {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="104"/>
        <source>PDF saved</source>
        <translation>PDF sparad</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="105"/>
        <source>The development plan was saved as
{path}

Open it now?</source>
        <translation>Utvecklingsplanen sparades som
{path}

Vill du öppna den nu?</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="121"/>
        <source>No PDF was made.</source>
        <translation>Ingen PDF skapades.</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="123"/>
        <source>A PDF cannot be made on this computer yet. Your answers are saved.

{hint}</source>
        <translation>Den här datorn kan inte skapa PDF ännu. Dina svar är sparade.

{hint}</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="126"/>
        <source>The PDF could not be made. Your answers are saved.

{reason}</source>
        <translation>PDF:en kunde inte skapas. Dina svar är sparade.

{reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main.py" line="115"/>
        <source>Your answers cannot be saved in {folder}: {reason}</source>
        <translation>Dina svar kan inte sparas i {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="150"/>
        <source>Answers to questions no longer asked were left out: {ids}</source>
        <translation>Svar på frågor som inte längre ställs lämnades utanför: {ids}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="158"/>
        <source>Open answers</source>
        <translation>Öppna svar</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="158"/>
        <location filename="../../app/gui/main.py" line="258"/>
        <source>Answer files (*.json)</source>
        <translation>Svarsfiler (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="185"/>
        <source>Your answers were saved as {path}</source>
        <translation>Dina svar sparades som {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="218"/>
        <source>Could not save your answers: {reason}</source>
        <translation>Kunde inte spara dina svar: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="221"/>
        <source>Your answers stay in this window; saving is tried again.</source>
        <translation>Dina svar finns kvar i fönstret; sparandet prövas igen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="223"/>
        <source>All answers saved.</source>
        <translation>Alla svar är sparade.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="256"/>
        <source>Save answers as</source>
        <translation>Spara svaren som</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="276"/>
        <source>Your latest answers could not be saved: {reason}</source>
        <translation>Dina senaste svar kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="277"/>
        <source>Save them in another place before closing?</source>
        <translation>Vill du spara dem på ett annat ställe innan du stänger?</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="278"/>
        <source>Save elsewhere…</source>
        <translation>Spara någon annanstans…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="279"/>
        <source>Close without saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
</context>
<context>
    <name>MoveAssessmentDialog</name>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="80"/>
        <source>Move to another client</source>
        <translation>Flytta till en annan klient</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="87"/>
        <source>Search by name, e-mail or phone…</source>
        <translation>Sök på namn, e-post eller telefon…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="97"/>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="109"/>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
</context>
<context>
    <name>NoteConflictDialog</name>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="32"/>
        <source>Note changed in another window</source>
        <translation>Anteckningen ändrades i ett annat fönster</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="36"/>
        <source>While you were writing, this note was saved in another window or from the command line. Nothing is lost yet: choose what to keep.</source>
        <translation>Medan du skrev sparades den här anteckningen i ett annat fönster eller från kommandoraden. Inget har gått förlorat än: välj vad du vill behålla.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="44"/>
        <source>Yours</source>
        <translation>Din text</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="44"/>
        <source>Saved elsewhere</source>
        <translation>Sparade någon annanstans</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="54"/>
        <source>Keep mine</source>
        <translation>Behåll min</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="55"/>
        <source>Keep theirs</source>
        <translation>Behåll den andra</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="56"/>
        <source>Keep both (mine below theirs)</source>
        <translation>Behåll båda (min under den andra)</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="56"/>
        <source>Keep both as two notes</source>
        <translation>Behåll båda som två anteckningar</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="239"/>
        <source>Notes per gap</source>
        <translation>Anteckningar per lucka</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="240"/>
        <source>Competency</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="240"/>
        <source>Gap</source>
        <translation>Lucka</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="232"/>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="240"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="230"/>
        <source>Notes (newest last)</source>
        <translation>Anteckningar (nyaste sist)</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="231"/>
        <source>Notes on this assessment</source>
        <translation>Anteckningar om kartläggningen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="233"/>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="266"/>
        <source>Internal: only for you, never printed</source>
        <translation>Intern: bara för dig, skrivs aldrig ut</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="235"/>
        <source>Leave it unticked to share the note: it is then printed in the client&apos;s PDF.</source>
        <translation>Lämna rutan tom för att dela anteckningen: då skrivs den ut i klientens PDF.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="237"/>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="297"/>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="238"/>
        <source>Delete note…</source>
        <translation>Ta bort anteckning…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="241"/>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="242"/>
        <source>Date of the next meeting</source>
        <translation>Datum för nästa möte</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="243"/>
        <source>Save notes</source>
        <translation>Spara anteckningar</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="251"/>
        <source>This client has no assessment yet. Start one with “New assessment”.</source>
        <translation>Klienten har ingen kartläggning ännu. Starta en med ”Ny kartläggning”.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="255"/>
        <source>Notes for the assessment of {date}</source>
        <translation>Anteckningar för kartläggningen {date}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="261"/>
        <source>From the client&apos;s answer file: never printed</source>
        <translation>Från klientens svarsfil: skrivs aldrig ut</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="264"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="268"/>
        <source>Shared: printed in the client&apos;s PDF</source>
        <translation>Delad: skrivs ut i klientens PDF</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="294"/>
        <source>This note came inside the client&apos;s answer file. It is never printed as yours.</source>
        <translation>Anteckningen kom med klientens svarsfil. Den skrivs aldrig ut som din.</translation>
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
        <translation>(decimalkomma och decimalpunkt fungerar båda)</translation>
    </message>
</context>
<context>
    <name>ObserverDialog</name>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="43"/>
        <source>Observer ratings</source>
        <translation>Bedömarens skattningar</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="48"/>
        <source>Someone who knows this person&apos;s work – a counsellor after the session, a colleague or a manager – rates the same competencies from 1 to 5. A difference of two levels or more is shown in the results as something to talk about.</source>
        <translation>Någon som känner personens arbete – en vägledare efter samtalet, en kollega eller en chef – skattar samma kompetenser från 1 till 5. En skillnad på två nivåer eller mer visas i resultatet som något att prata om.</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="55"/>
        <source>Counsellor</source>
        <translation>Vägledare</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="56"/>
        <source>Colleague</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="57"/>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="66"/>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="67"/>
        <source>&amp;Name (optional)</source>
        <translation>&amp;Namn (valfritt)</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="70"/>
        <source>Competency</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="70"/>
        <source>Own rating</source>
        <translation>Egen skattning</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="70"/>
        <source>Observer</source>
        <translation>Bedömare</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="81"/>
        <source>not rated</source>
        <translation>ej skattad</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="88"/>
        <source>Observer&apos;s rating: {name}</source>
        <translation>Bedömarens skattning: {name}</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="116"/>
        <source>Choose a passphrase for your client records</source>
        <translation>Välj en lösenfras för dina klientuppgifter</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="117"/>
        <location filename="../../app/gui/counsellor/lock_page.py" line="121"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="118"/>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Spara lösenfrasen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="120"/>
        <source>Counsellor mode is locked</source>
        <translation>Vägledarläget är låst</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="122"/>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="125"/>
        <source>Your client records are encrypted with this passphrase. If you lose it, the records are lost: nobody can open them, not even with help. Write it down somewhere safe, and make a backup of the records now and then (“Back up records…” in counsellor mode).</source>
        <translation>Dina klientuppgifter krypteras med den här lösenfrasen. Om du tappar bort den går uppgifterna förlorade: ingen kan öppna dem, inte ens med hjälp. Skriv ner den på ett säkert ställe och gör en säkerhetskopia av uppgifterna då och då (”Säkerhetskopiera uppgifterna…” i vägledarläget).</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="130"/>
        <source>&amp;Repeat it:</source>
        <translation>Upp&amp;repa den:</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="131"/>
        <source>← Start page</source>
        <translation>← Startsidan</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/lock_page.py" line="139"/>
        <source>The two passphrases are not the same.</source>
        <translation>De två lösenfraserna är inte likadana.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../app/gui/progress_dialog.py" line="41"/>
        <source>What changed since your earlier answers</source>
        <translation>Vad som har ändrats sedan dina tidigare svar</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="90"/>
        <source>Compare the latest with</source>
        <translation>Jämför den senaste med</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="94"/>
        <source>the previous assessment</source>
        <translation>den förra kartläggningen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="95"/>
        <source>the first assessment</source>
        <translation>den första kartläggningen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="98"/>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="136"/>
        <source>Readiness over time</source>
        <translation>Redo för målrollen över tid</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="100"/>
        <source>Competency</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="100"/>
        <source>Then</source>
        <translation>Då</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="100"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="100"/>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="100"/>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="154"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="114"/>
        <source>Progress appears once the client has two assessments.</source>
        <translation>Framstegen visas när klienten har två kartläggningar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="118"/>
        <source>Not counted (answers not complete or not valid): {dates}</source>
        <translation>Räknas inte (svaren är ofullständiga eller ogiltiga): {dates}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="156"/>
        <source>Earlier ({date})</source>
        <translation>Tidigare ({date})</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="161"/>
        <source>Latest ({date})</source>
        <translation>Senaste ({date})</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <location filename="../../app/gui/section_page.py" line="74"/>
        <source>required</source>
        <translation>obligatorisk</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="81"/>
        <source>Source: {sources}</source>
        <translation>Källa: {sources}</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="81"/>
        <source>Sources: {sources}</source>
        <translation>Källor: {sources}</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="83"/>
        <source>“Sources…” below shows what each article says.</source>
        <translation>”Källor…” nedanför visar vad varje artikel säger.</translation>
    </message>
</context>
<context>
    <name>RankInput</name>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="639"/>
        <source>&amp;Options</source>
        <translation>&amp;Alternativ</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="640"/>
        <source>Your order (choose {n})</source>
        <translation>Din ordning (välj {n})</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="641"/>
        <source>&amp;Add →</source>
        <translation>Lägg t&amp;ill →</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="642"/>
        <source>← &amp;Remove</source>
        <translation>← &amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="643"/>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="644"/>
        <source>Move &amp;down</source>
        <translation>Flytta ne&amp;d</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="645"/>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="646"/>
        <source>Your order</source>
        <translation>Din ordning</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="90"/>
        <source>Edit details…</source>
        <translation>Ändra uppgifter…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="91"/>
        <source>Record consent today</source>
        <translation>Registrera samtycke i dag</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="93"/>
        <source>Record that the client agreed today to these records being kept</source>
        <translation>Registrera att klienten i dag har samtyckt till att uppgifterna sparas</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="95"/>
        <source>Retention period…</source>
        <translation>Lagringstid…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="96"/>
        <source>How long records are kept before a client is due for review</source>
        <translation>Hur länge uppgifterna sparas innan en klient ska ses över</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="98"/>
        <source>Move to another client…</source>
        <translation>Flytta till en annan klient…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="99"/>
        <source>Change date…</source>
        <translation>Ändra datum…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="100"/>
        <source>Delete assessment…</source>
        <translation>Radera kartläggning…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="109"/>
        <source>Consent recorded on {date}</source>
        <translation>Samtycke registrerat {date}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="112"/>
        <source>Consent: not recorded</source>
        <translation>Samtycke: inte registrerat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/counsellor/record_actions.py" line="118"/>
        <source>Due for review or erasure: nothing new for more than %n month(s).</source>
        <translation>
            <numerusform>Dags att se över eller radera: inget nytt på mer än %n månad.</numerusform>
            <numerusform>Dags att se över eller radera: inget nytt på mer än %n månader.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="145"/>
        <source>{name}’s details are saved.</source>
        <translation>Uppgifterna för {name} är sparade.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="159"/>
        <source>Consent recorded on {date}.</source>
        <translation>Samtycke registrerat {date}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="175"/>
        <source>There is no other client to move it to: add that client first (New client…).</source>
        <translation>Det finns ingen annan klient att flytta den till: lägg först till den klienten (Ny klient…).</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="177"/>
        <source>Move the assessment of {date} ({result}) from {name} to:</source>
        <translation>Flytta kartläggningen {date} ({result}) från {name} till:</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="194"/>
        <source>The assessment already belongs to {name}; nothing was moved.</source>
        <translation>Kartläggningen hör redan till {name}; inget flyttades.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="208"/>
        <source>The assessment of {date} ({result}) was moved to {name}.</source>
        <translation>Kartläggningen {date} ({result}) flyttades till {name}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="230"/>
        <source>{date} is in the future: an assessment cannot be dated later than today. Nothing was changed.</source>
        <translation>{date} ligger i framtiden: en kartläggning kan inte dateras senare än i dag. Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="241"/>
        <source>The assessment is now dated {date}.</source>
        <translation>Kartläggningen är nu daterad {date}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="251"/>
        <source>Delete assessment</source>
        <translation>Radera kartläggning</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/counsellor/record_actions.py" line="253"/>
        <source>Delete the assessment of {date} ({result})? It is erased without a trace, and with it everything recorded on it: %n note(s), the next meeting and your ratings, if any. This cannot be undone.</source>
        <translation>
            <numerusform>Radera kartläggningen {date} ({result})? Den raderas spårlöst, och med den allt som registrerats på den: %n anteckning, nästa möte och dina skattningar, om sådana finns. Det går inte att ångra.</numerusform>
            <numerusform>Radera kartläggningen {date} ({result})? Den raderas spårlöst, och med den allt som registrerats på den: %n anteckningar, nästa möte och dina skattningar, om sådana finns. Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="264"/>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="283"/>
        <source>The assessment of {date} ({result}) was deleted.</source>
        <translation>Kartläggningen {date} ({result}) har raderats.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/counsellor/record_actions.py" line="312"/>
        <source>Clients with nothing new for more than %n month(s) are marked for review.</source>
        <translation>
            <numerusform>Klienter utan något nytt på mer än %n månad markeras för översyn.</numerusform>
            <numerusform>Klienter utan något nytt på mer än %n månader markeras för översyn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/record_actions.py" line="316"/>
        <source>No retention period is set: no client is marked for review.</source>
        <translation>Ingen lagringstid är vald: ingen klient markeras för översyn.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="81"/>
        <source>Progress report (PDF)…</source>
        <translation>Framstegsrapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/dialogs.py" line="88"/>
        <source>Language of the report:</source>
        <translation>Rapportens språk:</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../app/gui/results_page.py" line="315"/>
        <source>Observer ratings…</source>
        <translation>Bedömarens skattningar…</translation>
    </message>
    <message>
        <location filename="../../app/gui/results_page.py" line="317"/>
        <source>Your results</source>
        <translation>Ditt resultat</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="178"/>
        <source>Retention period</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="181"/>
        <source>A client with no new assessment or note for longer than this is marked in the list as due for review: erase their records, or keep them if there is still a reason to.</source>
        <translation>En klient utan ny kartläggning eller anteckning under längre tid än så markeras i listan för översyn: radera klientens uppgifter, eller behåll dem om det fortfarande finns skäl till det.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="189"/>
        <source>Not set</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_dialogs.py" line="193"/>
        <source>Months without activity</source>
        <translation>Månader utan aktivitet</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../app/gui/section_page.py" line="178"/>
        <source>Question {k} of {n}</source>
        <translation>Fråga {k} av {n}</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="180"/>
        <source>Questions {k}–{last} of {n}</source>
        <translation>Frågor {k}–{last} av {n}</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="185"/>
        <source>about {m} minutes left</source>
        <translation>cirka {m} minuter kvar</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="187"/>
        <source>about a minute left</source>
        <translation>cirka en minut kvar</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="210"/>
        <source>{section}: {page}</source>
        <translation>{section}: {page}</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="283"/>
        <source>Please answer this question.</source>
        <translation>Svara på den här frågan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="285"/>
        <source>Choose exactly {n}, in order of importance.</source>
        <translation>Välj exakt {n}, i ordning efter betydelse.</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="291"/>
        <source>This cannot be more than your answer to “{other}” ({limit}).</source>
        <translation>Det här kan inte vara mer än ditt svar på ”{other}” ({limit}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="309"/>
        <source>Some answers on this page need attention (marked in red) before you can go on.</source>
        <translation>Några svar på sidan behöver ses över (markerade i rött) innan du kan gå vidare.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../app/gui/sources_dialog.py" line="80"/>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <location filename="../../app/gui/sources_dialog.py" line="81"/>
        <source>The questions and the plan rest on these articles:</source>
        <translation>Frågorna och planen bygger på de här artiklarna:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sources_dialog.py" line="102"/>
        <source>Its own title: “{title}” (in {language})</source>
        <translation>Artikelns egen rubrik: ”{title}” (på {language})</translation>
    </message>
    <message>
        <location filename="../../app/gui/sources_dialog.py" line="108"/>
        <source>Published by: {who}</source>
        <translation>Publicerad av: {who}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sources_dialog.py" line="110"/>
        <source>The article does not say who published it.</source>
        <translation>Artikeln säger inte vem som har publicerat den.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/gui/start_page.py" line="187"/>
        <source>Find out where you stand as a social media manager and what to learn next. Answer the questions; your answers are saved as you go, and at the end you get a development plan as a PDF.</source>
        <translation>Ta reda på var du står som ansvarig för sociala medier och vad du kan lära dig härnäst. Svara på frågorna; svaren sparas löpande, och till sist får du en utvecklingsplan som PDF.</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="192"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="193"/>
        <source>New assessment</source>
        <translation>Ny kartläggning</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="194"/>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="195"/>
        <source>for example Anna Berg</source>
        <translation>till exempel Anna Berg</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="196"/>
        <source>&amp;Start</source>
        <translation>&amp;Börja</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="197"/>
        <source>Saved on this computer</source>
        <translation>Sparade på den här datorn</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="198"/>
        <source>&amp;Continue a saved assessment…</source>
        <translation>&amp;Fortsätt en sparad kartläggning…</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="200"/>
        <source>C&amp;ontinue the selected one</source>
        <translation>F&amp;ortsätt med den valda kartläggningen</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="201"/>
        <source>Open &amp;answers…</source>
        <translation>Öppna s&amp;var…</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="202"/>
        <source>Open answers saved to a file (*.smm-career.json or any .json)</source>
        <translation>Öppna svar som sparats i en fil (*.smm-career.json eller annan .json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="249"/>
        <source>No assessment is saved on this computer.</source>
        <translation>Ingen kartläggning är sparad på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="271"/>
        <source>Open answers</source>
        <translation>Öppna svar</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="199"/>
        <source>Sa&amp;ved assessments (newest first):</source>
        <translation>Spa&amp;rade kartläggningar (nyaste först):</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="203"/>
        <source>Counsellor mode…</source>
        <translation>Vägledarläge…</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="224"/>
        <source>⚠ Cannot be opened: {file} ({when})</source>
        <translation>⚠ Kan inte öppnas: {file} ({when})</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="225"/>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="227"/>
        <source>{name} — {when} — {n} answers</source>
        <translation>{name} — {when} — {n} svar</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="229"/>
        <source>(from the backup copy)</source>
        <translation>(från säkerhetskopian)</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="271"/>
        <source>Answer files (*.json)</source>
        <translation>Svarsfiler (*.json)</translation>
    </message>
</context>
</TS>
