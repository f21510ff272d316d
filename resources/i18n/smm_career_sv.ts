<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AssessmentWizard</name>
    <message>
        <location filename="../../app/gui/wizard.py" line="113"/>
        <source>Language: {name}</source>
        <translation>Språk: {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="115"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="121"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="123"/>
        <source>Your answers are saved; you can continue later.</source>
        <translation>Dina svar är sparade; du kan fortsätta senare.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../app/gui/export.py" line="90"/>
        <source>Save &amp;PDF…</source>
        <translation>Spara &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="91"/>
        <source>Making the PDF</source>
        <translation>PDF:en skapas</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="94"/>
        <source>development-plan</source>
        <translation>utvecklingsplan</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="100"/>
        <location filename="../../app/gui/export.py" line="154"/>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="100"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="116"/>
        <source>Making the PDF…</source>
        <translation>Skapar PDF:en…</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="126"/>
        <source>Saved: {path}</source>
        <translation>Sparad: {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="128"/>
        <source>PDF saved</source>
        <translation>PDF sparad</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="129"/>
        <source>The development plan was saved as
{path}

Open it now?</source>
        <translation>Utvecklingsplanen sparades som
{path}

Vill du öppna den nu?</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="142"/>
        <location filename="../../app/gui/export.py" line="148"/>
        <source>No PDF was made.</source>
        <translation>Ingen PDF skapades.</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="143"/>
        <source>A PDF cannot be made on this computer yet. Your answers are saved.

{hint}</source>
        <translation>Den här datorn kan inte skapa PDF ännu. Dina svar är sparade.

{hint}</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="149"/>
        <source>The PDF could not be made. Your answers are saved.

{reason}</source>
        <translation>PDF:en kunde inte skapas. Dina svar är sparade.

{reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main.py" line="97"/>
        <source>Your answers cannot be saved in {folder}: {reason}</source>
        <translation>Dina svar kan inte sparas i {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="159"/>
        <source>Could not save your answers: {reason}</source>
        <translation>Kunde inte spara dina svar: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="162"/>
        <source>Your answers stay in this window; saving is tried again.</source>
        <translation>Dina svar finns kvar i fönstret; sparandet prövas igen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="164"/>
        <source>All answers saved.</source>
        <translation>Alla svar är sparade.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="193"/>
        <source>Save answers as</source>
        <translation>Spara svaren som</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="195"/>
        <source>Answer files (*.json)</source>
        <translation>Svarsfiler (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="213"/>
        <source>Your latest answers could not be saved: {reason}</source>
        <translation>Dina senaste svar kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="214"/>
        <source>Save them in another place before closing?</source>
        <translation>Vill du spara dem på ett annat ställe innan du stänger?</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="215"/>
        <source>Save elsewhere…</source>
        <translation>Spara någon annanstans…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="216"/>
        <source>Close without saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="152"/>
        <source>{low}–{high} {unit}</source>
        <translation>{low}–{high} {unit}</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <location filename="../../app/gui/section_page.py" line="65"/>
        <source>required</source>
        <translation>obligatorisk</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="72"/>
        <source>Source: {sources}</source>
        <translation>Källa: {sources}</translation>
    </message>
</context>
<context>
    <name>RankInput</name>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="443"/>
        <source>&amp;Options</source>
        <translation>&amp;Alternativ</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="444"/>
        <source>Your order (choose {n})</source>
        <translation>Din ordning (välj {n})</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="445"/>
        <source>&amp;Add →</source>
        <translation>&amp;Lägg till →</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="446"/>
        <source>← &amp;Remove</source>
        <translation>← &amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="447"/>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="448"/>
        <source>Move &amp;down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="449"/>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="450"/>
        <source>Your order</source>
        <translation>Din ordning</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../app/gui/results_page.py" line="249"/>
        <source>Your results</source>
        <translation>Ditt resultat</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../app/gui/section_page.py" line="160"/>
        <source>Section {k} of {n}</source>
        <translation>Avsnitt {k} av {n}</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="195"/>
        <source>Please answer this question.</source>
        <translation>Svara på den här frågan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="197"/>
        <source>Choose exactly {n}, in order of importance.</source>
        <translation>Välj exakt {n}, i ordning efter betydelse.</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="203"/>
        <source>This cannot be more than your answer to “{other}” ({limit}).</source>
        <translation>Det här kan inte vara mer än ditt svar på ”{other}” ({limit}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="221"/>
        <source>Some answers on this page need attention (marked in red) before you can go on.</source>
        <translation>Några svar på sidan behöver ses över (markerade i rött) innan du kan gå vidare.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/gui/start_page.py" line="181"/>
        <source>Find out where you stand as a social media manager and what to learn next. Answer the questions; your answers are saved as you go, and at the end you get a development plan as a PDF.</source>
        <translation>Ta reda på var du står som ansvarig för sociala medier och vad du kan lära dig härnäst. Svara på frågorna; svaren sparas löpande, och till sist får du en utvecklingsplan som PDF.</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="186"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="187"/>
        <source>New assessment</source>
        <translation>Ny bedömning</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="188"/>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="189"/>
        <source>for example Anna Berg</source>
        <translation>till exempel Anna Berg</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="190"/>
        <source>&amp;Start</source>
        <translation>&amp;Börja</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="191"/>
        <source>Continue a saved assessment</source>
        <translation>Fortsätt en sparad bedömning</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="192"/>
        <source>Sa&amp;ved assessments (newest first):</source>
        <translation>Spa&amp;rade bedömningar (nyaste först):</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="193"/>
        <source>&amp;Continue the selected one</source>
        <translation>&amp;Fortsätt med den valda</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="194"/>
        <source>&amp;Open an answer file…</source>
        <translation>Ö&amp;ppna en svarsfil…</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="195"/>
        <source>Counsellor mode…</source>
        <translation>Vägledarläge…</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="213"/>
        <source>⚠ Cannot be opened: {file} ({when})</source>
        <translation>⚠ Kan inte öppnas: {file} ({when})</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="214"/>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="216"/>
        <source>{name} — {when} — {n} answers</source>
        <translation>{name} — {when} — {n} svar</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="218"/>
        <source>(from the backup copy)</source>
        <translation>(från säkerhetskopian)</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="233"/>
        <source>Continue where you left off: {name}</source>
        <translation>Fortsätt där du slutade: {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="262"/>
        <source>Open an answer file</source>
        <translation>Öppna en svarsfil</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="262"/>
        <source>Answer files (*.json)</source>
        <translation>Svarsfiler (*.json)</translation>
    </message>
</context>
</TS>
