<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>BankLoader</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a list of texts, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 of the field &quot;%2&quot; must be a non-empty text, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a whole number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be between %2 and %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be true or false, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;category&quot; names &quot;%1&quot;, which is not among the bank&apos;s categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bank must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;format&quot; must be &quot;interview-coach-bank&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank uses format version %1; this version of the program reads up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a list, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bank has no questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: question %2 (&quot;%3&quot;): the id &quot;%3&quot; is used by an earlier question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Interview Coach: practise job-interview answers out loud, privately and offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database and recordings in &lt;dir&gt; instead of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example en or de) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --data-dir needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a database Interview Coach can read. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Interview Coach (schema %2; this version understands up to %3). It was left unchanged: please use the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an SQLite database. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot enforce its links: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot switch to write-ahead logging: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrations are not numbered 1, 2, 3 and so on: %1 comes out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to schema %1 (%2) failed, and nothing was changed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Interview Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Sample Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Interview Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Interview Coach cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview Coach cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionCategory</name>
    <message>
        <source>Introduction and motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience and projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production and reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural (STAR stories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRepository</name>
    <message>
        <source>The question bank cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank &quot;%1&quot; cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>Choose a question on the left to practise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why interviewers ask this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a strong answer shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try your own answer first: reading the sample before you practise makes it harder to find your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sample answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are early in your career</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coach::MainWindow</name>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Interview Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Interview Coach %1&lt;/h3&gt;&lt;p&gt;Practise job-interview answers out loud, structure them with the STAR method and follow your progress.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: no account, no network, no telemetry.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coach::QuestionBrowser</name>
    <message>
        <source>Search questions and tags (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question matches this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coach::QuestionView</name>
    <message>
        <source>Behavioural: answer as a STAR story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide sample answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sample answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
