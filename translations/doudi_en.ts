<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Doudi::ApprovedAmounts</name>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision fixes at least one monthly amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the approved amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each step starts in a month written YYYY-MM, not before the decision&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the approved amounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::AssessmentPanel</name>
    <message>
        <source>&amp;Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last saved determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantified assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (to read to the family):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: %1 %2, in force from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — an EXAMPLE policy, until the bureau&apos;s policy arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot evaluate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the form first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the standard %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n daily activities not managed</source>
        <translation>
            <numerusform>%n daily activity not managed</numerusform>
            <numerusform>%n daily activities not managed</numerusform>
        </translation>
    </message>
    <message>
        <source>Gap to the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(line − income) ÷ 12, at least %1 a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 % of the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increments in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounded up to whole yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradual exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the last monthly amount %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled alone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap and increment of one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monthly benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradual exit since %1: month %2 of %3, %4 % of the last amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (tier %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibao with tier C: a home visit should look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new household: nothing saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No determination of this household is saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed income: %1 → %2 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household size: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 by %2 for %3 under %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mont&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other programs this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the other programs pays this household this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other programs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other programs: %1 → %2 a month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::AuditAnchor</name>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package from %1 does not name where its audit trail ends: it was made by an older Doudi or changed. Update Doudi at the township and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of %1 was rewritten or cut at the township: entry %2 does not continue the trail received from it before. Its packages are refused until the bureau has looked into it and accepted a full re-baseline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::AuditDialog</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full ID numbers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values (ID numbers masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “Verify” to check the whole trail and the data against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 entries, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries, %2 records match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail shows tampering:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::AuditLog</name>
    <message>
        <source>Cannot write the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::AuditVerifier</name>
    <message>
        <source>%1 has no audit entry: it was added outside Doudi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted by audit entry %2 but is back: restored outside Doudi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed outside Doudi after audit entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is gone, but audit entry %3 does not record its removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: the trail jumps from entry %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: an entry was removed, replaced or slipped in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The determination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund entry %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paperwork of payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paperwork of a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price subsidy paid by run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price subsidy run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funeral waiver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funeral waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person on the care register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::Authenticator</name>
    <message>
        <source>The user name or password is not right, or the account is disabled or locked for a while. Ask the administrator if it keeps failing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::BackupArchive</name>
    <message>
        <source>%1 is not a Doudi backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its header is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not the passphrase the backup %1 was made with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged or incomplete and cannot be restored; try an older one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was written by a newer version of Doudi; update Doudi to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s header is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup names a key derivation or compression Doudi does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::BackupDialog</name>
    <message>
        <source>Backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. E:\兜底备份 on the USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the passphrase down and keep it locked away from the stick: without it no backup can be restored, and nobody can recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in the folder (the desktop keeps 7 daily, 4 weekly and 12 monthly; those made by hand are never deleted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder that exists (plug in the USB stick first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Doudi backs up at the day&apos;s first start and at close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the backup folder and passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::BackupKey</name>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup passphrase must have at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s key parameters are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the backup key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored backup key is damaged; set the backup passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::BackupSettings</name>
    <message>
        <source>choose the folder backups are written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backup settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the backup settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the backup passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::Backups</name>
    <message>
        <source>Cannot read the snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database copy failed its integrity check (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take a snapshot of the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached. Is the USB stick plugged in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not hold what its header says; try an older one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database inside the backup failed its integrity check (%1); try an older backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the current database %1 aside; is Doudi still open on it? Nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the restored database in place of %1; nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the restores: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the re-baseline: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::BankFile</name>
    <message>
        <source>This system cannot write GBK text; choose the layout&apos;s encoding utf-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name in the batch cannot be written in GBK; choose the layout&apos;s encoding utf-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no heading row with a reference column (参考号) and a result column (处理结果) among the first ten rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither 成功 nor 失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the returns file has no line below its headings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::BankFileExport</name>
    <message>
        <source>Batch %1 is not approved yet: only an approved batch goes to the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must end in .csv or .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::BankFileXlsx</name>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workbook back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::BankLayout</name>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bank layout is one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be “doudi-bank-layout/1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be csv or xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be gbk or utf-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bank file needs at least one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::BankLayouts</name>
    <message>
        <source>Cannot save the bank layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the bank layouts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bank layout “%1”; save it first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::BatchChangesModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other programs before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other programs after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::BatchEvaluation</name>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-evaluation was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household %1 cannot be evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the determinations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New standard: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::BatchReevaluationDialog</name>
    <message>
        <source>Re-evaluate every household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a new standard takes effect, every household is evaluated again under the policy in force. Nothing is saved until you have seen what changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, in force from %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (an example policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households whose classification or amount changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save all results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating every household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, under %2 %3: %4 households evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 change classification and %2 only their amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount of all households: %1 before, %2 after (%3%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not evaluated before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the determinations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New amounts paid &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(households paid now whose amount changes; ending help needs its own case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;approve the new amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the new amounts, paid from %1? Each household paid now whose amount changes gets this decision on its record; the next payment batch pays it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the determinations and the decisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 have no saved determination yet and get their first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 a month for %3 households before, %4 for %5 after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n households&apos; amounts of the other programs change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doudi::CareRegister</name>
    <message>
        <source>Left-behind child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-behind elderly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-behind woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no village of the township has this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the village was merged or dissolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the name, at most 50 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be child, elderly or woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a left-behind child is under %1; this person is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a left-behind elderly person is %1 or older; this person is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID number is a man&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the person is left behind, e.g. 家庭成员外出务工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who looks after the person (or 无)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be low, medium or high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person is on the register already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot register the person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a day, not in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the person was registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write what the visit found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left the register on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a day between the registration and today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why, e.g. 父母返乡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody on the care register has this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the care register: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::CareRegisterDialog</name>
    <message>
        <source>Care register (三留守)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. grandmother 李桂芬</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives &amp;alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ris&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the register; the first visit is due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit to %1 on %2 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left the register: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the township&apos;s &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why %1 leaves the register (e.g. 父母返乡):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villag&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer&apos;s p&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a visi&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::CareRoster</name>
    <message>
        <source>Register of left-behind children, elderly and women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits follow the policy&apos;s plan; a visit due on a holiday is due the next working day. ID numbers show their first 6 and last 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on the care register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::CaseDocuments</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health, disability, work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets seen (vehicles, machinery, livestock, business)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health of the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigators (two or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigators&apos; signatures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family&apos;s signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family signed the record on the day of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation to check the family&apos;s economic situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We, the members of this household, apply for social assistance and authorise the civil affairs departments to check, through the departments and institutions that hold them, our income, property, bank deposits, securities, vehicles, real estate, social insurance and business registrations. We know that what we declared will be checked, that false declarations lead to refusal or to the recovery of what was paid, and that the results are used only for the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your household&apos;s %1 accepted on %2 was reviewed. It does not meet the conditions and is not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you disagree with this decision, you may apply for administrative reconsideration within 60 days of receiving this notice, or bring an administrative lawsuit within six months. If your situation changes, you may apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> people&apos;s government (seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No home visit is recorded for this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown paper %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of the materials still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 accepted on %2 has every material it needs. You will be told of each further step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 was accepted on %2. To assess it, we still need the following, all of which we tell you now at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please bring them to the township&apos;s social assistance office. The time limits of your case run from the day they are complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::CaseListDialog</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases; the first %2 are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doudi::CaseRepository</name>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 that is “%2” cannot %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the step before it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A near relative of a case worker or village official is involved: the city&apos;s home visit must be recorded before approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the calendar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the calendar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the household&apos;s determination (the 评估 tab) before approving: the amount comes from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a refusal needs its reason, for the written notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a home visit needs at least two investigators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write what the visit found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family signs the visit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown material “%1”; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the materials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the household&apos;s determination (the 评估 tab) during the review before deciding it: the amount comes from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending the help needs its reason, for the written notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the monitoring signals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a democratic review records who took part (民主评议 participants) and its outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::CaseWorkflow</name>
    <message>
        <source>Dibao application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme poverty application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradual exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the city&apos;s home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record an objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold a democratic review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit for decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begin the gradual exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity cards of every member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household register (户口簿)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed authorisation to check the family&apos;s finances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of income of the working members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of property (housing, vehicles, deposits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical records or diagnosis, where illness is claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability certificate, where disability is claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>A deadline counted on plain weekdays: the year has no holiday calendar yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::CasesPanel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the selected case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the household first; then its cases can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accepted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: determination for %2 — %3, %4 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigators %1; found: %2; present: %3; signed by the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reserve fund payment %2 reversed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reserve fund payment %2, %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household&apos;s file, oldest first (cases, visits, determinations, payments):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit form, blank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit form, as recorded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation to check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of refusal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials still needed (一次性告知)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by the township (delegated: 20 working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member is a near relative of a case worker or village official (近亲属备案)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials handed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>gradual exit, %n month(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: from %2, %3 a month approved (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no monthly payment from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: payment %2, %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a home &amp;visit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::CityAllocationDialog</name>
    <message>
        <source>Reserve fund for a township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly quota (额度)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance against the quota (预拨)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replenishment (补充)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 50000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approval document or the voucher number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (元):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::CityAllocations</name>
    <message>
        <source>%1 is not a township enrolled here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be quota, allocation or replenishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the approval document or the voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the allocation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::CityDecisions</name>
    <message>
        <source>Cannot read the city&apos;s decisions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases are decided here at the township; the city decides in its own database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a refusal needs its reason, for the written notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 is not awaiting the city&apos;s decision (not submitted by a township, or decided already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 was decided already; the decision travels with the next package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the township changed the case after submitting it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::CityIntake</name>
    <message>
        <source>Cannot store the township&apos;s records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package carries “%1” records, which a township does not own: it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package from %1 carries a “%2” record (%3) that is not its own or whose key does not match its contents: the package is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package from %1 carries a case (%2) of a household that is not its own: the package is refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::CityPanel</name>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund paid (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Townships and households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member&apos;s name, or part of it — Enter searches every township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In two townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved, to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused, to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason, as the written refusal notice will give it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route &amp;signals from data matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve &amp;fund for a township…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded; it goes to the township in its next package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals from data matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals (*.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signal(s) go to the townships with their next packages; %2 concern nobody in any township&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other programs (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::CityProjections</name>
    <message>
        <source>Cannot update the city&apos;s tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::CityReports</name>
    <message>
        <source>Cannot read the townships&apos; records: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::CitySignals</name>
    <message>
        <source>Cannot store the signals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals are routed to townships at the city; a township imports its own with “signal import”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::Cli::CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: the desktop app&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --help for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many households to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates or fills a demo township database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--households must be a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 households in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this village (12-digit code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message>
        <source>The village of households whose document names none (12-digit code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doudi-household/1 documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds households, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one JSON file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n household(s).</source>
        <translation>
            <numerusform>Imported %n household.</numerusform>
            <numerusform>Imported %n households.</numerusform>
        </translation>
    </message>
    <message>
        <source>The household&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints one household as doudi-household/1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarises a database: site, villages, households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households: %1, persons: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the demo database&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints where Doudi keeps its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>township or city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s region code (9 digits for a township, 6 for a city).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a database for one site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be township or city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database for one site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or fill a demo township database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, import or export households (list|import|export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where Doudi keeps its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: doudi-cli COMMAND [SUBCOMMAND] [--flags] [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “doudi-cli COMMAND --help” for a command&apos;s flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doudi-policy/1 document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doudi-household/1 document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month to evaluate (default: this month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the determination of one household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month must be a month written YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy %1 takes effect on %2, after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a policy; policies are never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1 (%2), in force from %3, is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-evaluates every household under the policy in force and saves the determinations, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated and saved %1 households in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate one household under a policy (no database needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-evaluate every household of a database and save the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a policy (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--help]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 subcommand “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputes the audit chain and compares the data with it; status 1 and one line per finding when something was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries, %2 records match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the entries of this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest N entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists audit entries, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 or run on a terminal to be asked for the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user&apos;s login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name people read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin, clerk, supervisor, cadre or auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cadre&apos;s village (12-digit code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a user; the password comes from DOUDI_NEW_PASSWORD or a prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be admin, clerk, supervisor, cadre or auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 (%2) is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disables a user: they can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enables a disabled user again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose password (default: your own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a password; the new one comes from DOUDI_NEW_PASSWORD or a prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage users (add|list|disable|enable|passwd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify or list the audit trail (verify|list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it happened (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions are delegated to the township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member is a near relative of a case worker or village official.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a case and prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to keep with the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes a case one step further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a case: its state, history and time limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases past a time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;year&quot;: 2025, &quot;holidays&quot;: […], &quot;workdays&quot;: […]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a year&apos;s holidays and working weekend days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, advance, show or list cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals as a JSON list or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports monitoring signals, all or nothing; each becomes a task for the household it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the tasks not yet closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists monitoring signals and their tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or list monitoring signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, separated by commas (two or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the visit found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who of the family was there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family signed the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s own visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a home visit of a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount in fen (1 元 = 100 fen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of fen, such as 50000 for 500 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year must be a year such as 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the fund&apos;s balance of %1 is below %2 % of the quota of %3; ask the city to replenish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document that approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the year&apos;s quota the city approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s voucher number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money that refills what was paid (补充), not an advance against the quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records money received from the city; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency (急难型) or expenditure (支出型).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the help is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash, bank or in_kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collective decision (一事一议) that approved a payment above the cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary-assistance case it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who receives it (default: the head of household).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor who approves a payment above the township limit (password from DOUDI_APPROVER_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a second payment for the same reason this year is allowed (with --approver).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays from the reserve fund; prints the payment&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the payment (or allocation) to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverses an entry; prints the reversal&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was handed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that a payment&apos;s paperwork was handed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year (default: this year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows where the fund stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve fund %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the month&apos;s reconciliation statement (报账).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the balance back to the city instead of carrying it forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the fund&apos;s year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the ledger as JSON, with the running balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reserve fund (quota|allocate|pay|reverse|paperwork|balance|reconcile|close-year|list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a clerk may pay from the reserve fund alone, in fen (default: the township&apos;s limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of fen, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .pdf, .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a roster: a public notice, a payment roster, the monthly statistics or the reserve fund&apos;s statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster is empty for %1; the file says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a roster (notice, payment, stats, fund) to PDF, XLSX or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The materials handed in, separated by commas: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this site and the fingerprint of its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township&apos;s 9-digit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the city: writes the enrolment package for a township and prints the fingerprint to read out to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s key fingerprint, as a person confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a package; all of it or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled with %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submitted case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required for a refusal: the written notice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides a case a township submitted; the decision goes back in the next package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --approve or --refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the cases awaiting the city&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists persons who are members in two townships or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City-wide statistics per township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches all townships&apos; households (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 from %2 is missing: this one (%3) is kept and applied when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 from %2 was imported before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 from %2 imported; %3 conflicts to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site the package is for (a township&apos;s city by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send everything: a re-baseline the city must accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the next package: everything the other side has not acknowledged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 for %2 written (%3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the conflicts already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the records changed on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local or incoming: the version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the city: accept a township&apos;s full re-baseline (it replaces everything held from it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a later package over a lost one (it repeats everything since).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and show what would change; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync packages (status|enroll|export|import|conflicts|resolve).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals as JSON or CSV (as signal import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes data-matching signals to the townships where the persons are members; they go out in the next packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota, allocation or replenishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year (a quota&apos;s; else the date&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval document or the voucher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a township&apos;s reserve-fund quota or money sent to it; it goes out in the next package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the city (decide|awaiting|duplicates|report|search|signals|allocate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists each year&apos;s working-day calendar and where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built into Doudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working weekend day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The site&apos;s name (default: the official name of the code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the official list of 2023; give the site&apos;s name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 is not a township in the official list of 2023; it starts with no villages (add them with “doudi-cli village add”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the built-in list has no villages for %1 %2; add them with “doudi-cli village add” or “village import”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 is not in the official list of 2023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %1: %2 %3, %n village(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The village&apos;s 12-digit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the township&apos;s villages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A residents&apos; committee (社区): its households live in town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a village or residents&apos; committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village %1 %2 is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renames a village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retires a village that no longer exists (refused while households live there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges a village into another (合村并居): its households and cadres move, in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village that merges (12 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village it merges into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village %1 is merged into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file: code,name[,urban].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the villages of a CSV file, all or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n village(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The working-day calendars (import|list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township&apos;s villages (list|add|rename|retire|merge|import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet to read (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the roster&apos;s columns are (doudi-sheet-mapping/1), e.g. saved by the desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAP.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and report; import nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every valid household and list the rows left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster: .xlsx or .csv (UTF-8 or GBK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports the households of an office&apos;s Excel or WPS roster, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>monthly benefit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s). Correct the roster, or import the valid households with --skip-invalid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3: %4 households, %5 persons, last package %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder the backup is written to (default: the office&apos;s backup folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an encrypted backup of the database (passphrase from %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the folder with --to (no backup folder is set for this office).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not the office&apos;s backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the backups of a folder, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a readable backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a backup whole with the passphrase and checks the database in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is good: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the database with a backup; the replaced file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a backup of %1 %2, not of this site (%3); nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the backup of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced database is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next package to the city will be a full re-baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the restore from a backup this package is a full re-baseline: the city imports it with “sync import --full”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backups of the database (create|list|verify|restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month paid, YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regular (the default) or supplement (补发).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s id or number (instead of --month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the batch: --batch ID, or --month YYYY-MM [--kind KIND].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 batch of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 %3  %4 lines  %5  (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the batch: %1 (%2), %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the batch would pay; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --json: every payment line too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepares the month&apos;s payment batch from the approved amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a payment batch, its totals and its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approves a prepared batch (a supervisor other than the person who prepared it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discards a prepared batch, to prepare it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that the bank paid every line of the batch not returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the payment batches, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved bank layout (default: the standard one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (.csv or .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an approved batch as the bank&apos;s 代发 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must end in .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s returns (.xlsx or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the bank&apos;s returns (回盘) of an approved batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the bank returned it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a payment the bank returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doudi-bank-layout/1 document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a bank&apos;s file layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the saved bank layouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household&apos;s approved amounts and every payment made to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s payment: batches, the bank&apos;s file and its returns, a household&apos;s payments (batch|returns|layout|history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the new amounts as the new standard paid from this month (a supervisor&apos;s decision, per household whose amount changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the bank&apos;s returns file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages %1 to %2 from %3 never arrived. Import package %4 over them (it repeats everything since) and record them as skipped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--skip-missing records packages %1 to %2 as skipped for good: confirm with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --skip-missing: do not ask before recording the lost packages as skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households, %2 persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only households with a member found by the desk&apos;s search: part of a name, pinyin initials or an ID number, best matches first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 households; demo fills only a new or empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s published price index, for the price subsidy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints what the township&apos;s other programs pay one household: the disability subsidies, the orphans&apos; allowance, the funeral waiver and the price subsidy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index is of %1, not of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the other programs pay one household under a policy (no database needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of permille (41 is 4.1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month of the figures, YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer prices against a year before, in permille (41 is 4.1 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food prices against a year before, in permille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the figures were published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a month&apos;s published price index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price index was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price indices recorded, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month whose price index is paid on, YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who would get what; record nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON with every person&apos;s line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the month&apos;s temporary price subsidy (物价联动), once a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: prices %2 ‰, food %3 ‰ (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rise does not reach the policy&apos;s trigger: nobody is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 persons, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay: %1 persons, %2; already paid: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid now: %1 persons, %2; paid before: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The months&apos; published price indices (set|list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay a month&apos;s temporary price subsidy (run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice, payment, supplement, stats, fund, relatives, price, disability or orphan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funeral waivers a household&apos;s recorded deaths give, issued or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member who died: their place in the household (0 is the first) or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the certificate to this PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a funeral waiver&apos;s certificate, once a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household has %1 members, counted from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiver is issued (certificate %1), but its PDF was not written: %2 Print it with funeral-waiver print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this village (its 12-digit code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funeral waivers issued, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s number, e.g. 2026-0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an issued funeral waiver&apos;s certificate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funeral waivers and their certificates (offers|issue|list|print).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village (its 12-digit code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child, elderly or woman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the person is left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who looks after the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carer&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person lives alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low (the default), medium or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day registered (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a left-behind person on the care register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s id on the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the visit (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit found something to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a care visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, e.g. 父母返乡.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a person off the care register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those whose visit is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those who left the register too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care register, with each person&apos;s next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 三留守 care register and its visits (register|visit|leave|list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries no longer valid too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource library: who else can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department, mass_organisation, charity or social_work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gives the help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom to contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until (default: no end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry to the resource library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s id (default: the head).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library entry&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What help the person needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household (the default), signal or case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal&apos;s or the refused case&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day sent (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the referral letter to this PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer a household&apos;s person to a library entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral %1 is opened, but its letter was not written; run “referral print” to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted, helped or declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the entry did, or why it declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version read (refused if it changed since).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what became of a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this household&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those not yet helped or declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those whose answer is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referrals, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a referral letter to PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals to the resource library and their letters (open|update|list|print).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its last valid day (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End an entry of the office&apos;s own library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource library: who else can help (list|add|end).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::ConflictQueue</name>
    <message>
        <source>Cannot read the conflict queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be local or incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no open conflict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy is never overwritten: keep this one, and ask the bureau to issue the changed policy under a new id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township has paid the price subsidy on its own figures for this month: they stay as they were. Keep them, and settle the difference with the bureau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::CsvReader</name>
    <message>
        <source>This system cannot read GB18030 text; save the file as “CSV UTF-8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor GBK text; save it again as “CSV UTF-8”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed (a missing &quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::DashboardPanel</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving help this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 time limits of cases overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 falling due in the next seven days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reviews due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 monitoring signals waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reserve fund payments past their paperwork deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quota yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below %1 % of the quota: ask the city to replenish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>增发: nobody receives one this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>增发 per person receiving one: &lt;b style=&quot;color:%1&quot;&gt;%2 %&lt;/b&gt; of the standard (at least 50 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government-purchased services: &lt;b style=&quot;color:%1&quot;&gt;%2.%3 %&lt;/b&gt; of the central and provincial assistance funds (at most 2 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government-purchased services: the year&apos;s amounts are not entered yet (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits paid (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <comment>month suffix</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households paid an amount the rules now put otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; households, %3 persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled as the household list marks them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enrolled household(s) have no payment this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 household(s) paid this month are no longer enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1 of the year&apos;s quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance &lt;b&gt;%1&lt;/b&gt; of a quota of %2; paid this year %3, of which reversed %4; %5 payment(s) with paperwork outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due and &amp;overdue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other programs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::Database</name>
    <message>
        <source>Cannot read the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Doudi database: it is not an SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged and was not opened, so nothing in it is changed. Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a Doudi database; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Doudi (schema %2; this version knows up to %3). Update Doudi to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot initialise the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a backup copy before upgrading the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rebuild the name search: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::DemoGenerator</name>
    <message>
        <source>The demo name lists are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::DemoPrograms</name>
    <message>
        <source>Cannot fill the demo&apos;s programs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::DeterminationJson</name>
    <message>
        <source>Extreme poverty support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibao, gradual exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibao for a single person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-income household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenditure-type hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severely disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income against the line (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial assets (months of the standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependants (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special family structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Able workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rigid expenditure against income (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known classification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::DeterminationRepository</name>
    <message>
        <source>Cannot save the determination: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved determination cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is too old to keep the other programs&apos; amounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::DraftRepository</name>
    <message>
        <source>Cannot keep what was typed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove what was typed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read what was typed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::DueDialog</name>
    <message>
        <source>Due and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limits overdue or due in the next seven days (overdue in red):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring signals waiting for a visit or a close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not matched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (the reason, or the department):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews of households receiving help due in the next 30 days (overdue in red):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paperwork due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve fund payments whose paperwork has not come in (overdue in red):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved %1 a month; the rules now give %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care visits (三留守) overdue or due in the next seven days (overdue in red):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals awaiting an answer (overdue in red):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::Enrolment</name>
    <message>
        <source>Only a city database enrols townships; this one is the township %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a 9-digit township code of %1 (starting %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an enrolment package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment package is for the township %1, not for this one (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment package is damaged or was changed on the way: its signature does not match the keys it carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package comes from %1, which is not this township&apos;s city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the city&apos;s key fingerprint %1 with the one the city reads out to you. If they match, import the package again trusting it (--trust %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint you were given does not match this package&apos;s (%1): do not import it; ask the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the peer sites: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city %1 is already enrolled with other keys: a re-keyed city is confirmed by the bureau, not by a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the holiday calendar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the township&apos;s quota: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::EntitlementsJson</name>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::Evaluator</name>
    <message>
        <source>seriously ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severely disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged %1 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dibao standard: %2 per person a month; the line for %3 people is %4 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount in all: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3) is not counted as household income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted household income: %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained heavy medical expenditure: self-paid medical costs of %1 are deducted, so the assessed income is %2 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial assets of %1 exceed the limit of %2 (%3 months of the standard for %4 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vehicle (%1) worth %2 exceeds the exempt value of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 residences that are not dangerous houses; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member has a business registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household&apos;s property exceeds the limits: not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income of %1 a year is below %2 % of the line: a low-income household, monitored, with no cash benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income of %1 a year is below the average disposable income for %2 people (%3), and after rigid expenditure of %4 it is below the line: expenditure-type hardship; consider temporary assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income of %1 a year is too high for assistance: not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manages daily life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly dependent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fully dependent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lives alone, has no labour capacity and no capable supporter, and own income of %2 a year is below %3: extreme poverty support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic living: %1 × %2 % = %3 a month; care allowance (%4, %5 activities not managed): %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed income of %1 a year is below the line of %2: dibao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the deduction of medical costs brings the income below the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap: (%1 − %2) ÷ 12, rounded up to whole yuan, is %3; at least %4 per person: %5 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): increment of %3 % of the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increments in all: %1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradual exit that began in %1 ended after %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income of %1 a year is above the line but below %2 % of it, and the household receives dibao: gradual exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1 of %2 of the gradual exit that began in %3: %4 % of %5 is %6 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has own income of %3 a year, below %4: enrolled in dibao alone, %5 plus an increment of %6 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantified assessment: %1 points, tier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibao with a tier C score: a home visit should look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::FieldLabels</name>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation to the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disability type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disability grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily activities not managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dangerous house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradual exit since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brought up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of death</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::FileSync</name>
    <message>
        <source>Cannot open the folder of %1 to make the new file durable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk did not confirm the new file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it is not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the new file into place as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no users yet. Create its administrator, who then adds the clerks, the supervisor and the village cadres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::FirstStartWizard</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doudi — first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Doudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no township database on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up our township (a real office&apos;s first day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo township, to practise (invented people, not real data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a database file that already exists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up takes five short steps: the township, its villages, the administrator, the bureau&apos;s policy and the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which township?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the township&apos;s name or its code; the official list of 2023 is built in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 六道沟 or 220681101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its villages and communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the official list: untick what no longer exists, correct a name; the administrator adds, merges and renames later in Settings → Villages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator adds the clerks, the supervisor and the village cadres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 张明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bureau&apos;s policy file sets the standards; backups keep the records when the PC fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the example policy, marked as such until the bureau&apos;s arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. E:\兜底备份 on the USB stick, or D:\兜底备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bureau&apos;s policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the passphrase down and keep it locked away from the stick: without it no backup can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist (is the USB stick plugged in?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two backup passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::FormGuard</name>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was typed here has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::FormProblems</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::FormUndo</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a row from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::FundDialog</name>
    <message>
        <source>Reserve fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient, voucher or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper&amp;work in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown · in %1 · out %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2 · quota %3 · carried in %4 · received %5 · paid %6 · reversed %7 · balance &lt;b&gt;%8&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance is below %1 % of the quota: send the monthly statement and ask the city to replenish the fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) are past their paperwork deadline.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paperwork handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was handed in (application, proof of identity, proof of the emergency):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse %1 %2 of %3 (%4)? The entry stays in the ledger; a reversal is added.
Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve fund voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voucher-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fund-statement-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the reserve fund&apos;s year %1? Nothing dated in it can be written afterwards.
Is the balance carried forward to next year, or returned to the city?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry &amp;forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return to the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money rec&amp;eived…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose the year…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::FundDocuments</name>
    <message>
        <source>Temporary assistance reserve fund payment voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reason type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paperwork due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed in before payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second payment this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid from the township reserve fund first (先行救助); the paperwork follows within the time limit. Keep this voucher with the monthly statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a payment has a voucher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voucher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::FundLedger</name>
    <message>
        <source>must be more than zero, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the fund ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the fund ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund&apos;s year %1 is closed: nothing dated in it can be written any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a year such as 2025, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the document that approved the quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the number of the city&apos;s voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the quota of %1 before the city&apos;s advances against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advances of %1 would come to %2, more than the quota of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what the help is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the cap of %2 (%3 × the monthly standard of %4): record the collective decision (一事一议) that approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the township&apos;s limit of %2: a supervisor other than who prepared the payment must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household was already paid for the same kind of reason this year (%1, voucher %2): only a supervisor&apos;s override with a reason allows a second payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund cannot pay %1: %2 is available on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a temporary-assistance case of the same household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reversal needs its reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no fund entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal cannot itself be reversed: record the entry again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only payments, allocations and replenishments can be reversed; a %1 cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry was already reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the entry it reverses (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversing %1 would take the fund below zero: %2 is available on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 has no paperwork outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the payment (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the paperwork: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 can be closed from December on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year cannot close while payments lack their paperwork: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can be returned: payments after the year&apos;s end already use the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the %2 that %3 may pay alone: a supervisor must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::FundLedgerModel</name>
    <message>
        <source>reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second payment this year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quota: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed, carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared / approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paperwork</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::FundPaymentDialog</name>
    <message>
        <source>Pay from the reserve fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, or part of an ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what the help is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 800 or 1,250.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only above the cap: the meeting minutes&apos; number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a second payment for the same reason this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor types it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the voucher for printing afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (元):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second payment &amp;because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver&apos;s pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %3, %n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, opened %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance now: &lt;b&gt;%1&lt;/b&gt; (quota %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household to see its limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly standard %1 · township limit %2 · you may pay alone up to %3 · cap %4 (above it, a collective decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already paid this year for the same kind of reason: %1 on %2 (voucher %3). A second payment needs the supervisor and a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than the fund has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the cap: needs the supervisor and the collective decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above your limit: needs the supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within your limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this payment: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;ipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective decisi&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve fund payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve fund payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::FundReceiptDialog</name>
    <message>
        <source>The year&apos;s quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money received from the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (元):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval &amp;document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City&apos;s &amp;voucher no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replenishment of what was paid (补充), not an advance against the quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::FundRoster</name>
    <message>
        <source>Reserve fund monthly statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year&apos;s quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advances received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replenishments received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replenishment requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments with paperwork outstanding at the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paperwork due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::FundTerms</name>
    <message>
        <source>Yearly quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation from the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replenishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency (急难型)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenditure (支出型)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::FuneralWaiverCertificate</name>
    <message>
        <source>Funeral waiver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recipient of the minimum living guarantee (低保)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person supported under extreme poverty (特困)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a child receiving the orphans&apos; basic living allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of basic funeral services fee waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the funeral home:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (ID number %3), %4 of this township, died on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the policy %1, the basic funeral services (collecting the body, keeping it, cremation, keeping the ashes) are waived up to the amount below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One certificate a person, issued once; a copy is not valid. The funeral home keeps this certificate with its bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> people&apos;s government (seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by (family):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::FuneralWaiverDialog</name>
    <message>
        <source>Funeral waivers issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funeral waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every basic funeral services waiver the township has issued. Select one to print its certificate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a member covered by the dibao, 特困 or the orphans&apos; allowance dies, the basic funeral services are waived up to the policy&apos;s amount. The certificate is issued once a person; the family takes it to the funeral home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funeral waiver has been issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No death recorded in this household is covered by the funeral waiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 issued: %2 waived for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funeral waiver %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::FuneralWaivers</name>
    <message>
        <source>The household cannot be worked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member&apos;s death is not recorded, or the funeral waiver does not cover them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funeral waiver of %1 was issued already (certificate %2) and is issued once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the funeral waiver (was it issued meanwhile?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funeral waiver certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no funeral waiver has this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the funeral waivers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::HelpBrowser</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::HelpResources</name>
    <message>
        <source>Cannot read or write the resource library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be department, mass_organisation, charity or social_work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the name, at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who gives the help, at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what it offers, at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before valid_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charity project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-work station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the entry&apos;s UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the township&apos;s own entry, not the city&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no entry of the library with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the city&apos;s entries are ended by the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before %1, when the entry began</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::HomeVisitDialog</name>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second investigator (two are required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the applicant and his wife</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing, what the family owns, health, how they live, what neighbours said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First investigator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;econd investigator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;indings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family si&amp;gned the paper visit record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::HouseholdEditor</name>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basic facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. group 3, No. 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained heavy medical expenditure (deducted from income)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a legal supporter able to provide support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Residence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance &amp;now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADL not managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the ID number: birth date, sex and age fill in by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>savings, deposits, securities, in yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member has a business registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Financial assets (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dangerous house (grade C/D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, ID number: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the grade, 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a number from 0 to 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that member was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessmen&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full ID numbers (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored ID numbers show masked. Showing them in full is written in the audit trail under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account the benefit is paid into, digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban&amp;k account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helped in another township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Check with the city before accepting an application:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the region %2 of this ID number is not in the 2023 list of divisions (an old code?); check the number with the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: an ID number of %2 %3; birth date, sex and age are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income per year (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenditure per year (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly bene&amp;fit (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gradual exit since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this household&apos;s full ID numbers and birth dates? It is recorded in the audit trail under your name, now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained heavy medical expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capable legal supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household&apos;s whole file as saved: members, incomes, assets, determinations, cases and payments (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print household fi&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a member under 18: what became of the parents, and where the child is brought up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a member has died, the date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer a member to the resource library (charities, departments, social work) and follow the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer else&amp;where…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::HouseholdFile</name>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Members (%n person(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, grade %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serious illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chronic illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n daily activity(ies) not managed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health, disability, school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income and expenditure per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member has a business registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amounts decided and paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid, batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve fund payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by %1 on %2, from the records as saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House: dangerous (grade C/D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::HouseholdJson</name>
    <message>
        <source>must be physical, visual, hearing, speech, intellectual, mental or multiple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 4, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 18 characters, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a real date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 to 6, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be none, dibao, tekun or gradual_exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be rural or urban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a household must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be present, dead, declared_missing, lost_contact, detained, severely_disabled or seriously_ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be family or institution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::HouseholdListModel</name>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (member)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::HouseholdRepository</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the village the household lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a village of this township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no household %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the household (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the village %1 is retired; choose the one it went into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person is already a member of %1; move them out of that household first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household %1 has no place in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::HouseholdSearchIndex</name>
    <message>
        <source>Cannot rebuild the name search: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::HouseholdValidator</name>
    <message>
        <source>a household needs at least one member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a lowercase word such as head, spouse or child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 4, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 to 6, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the same ID number as member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a lowercase word such as wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be medical_self_paid, education or care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a lowercase word such as car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the account&apos;s 8 to 30 digits, without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a household of more than %1 people is not one household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::IdNumber</name>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 is not a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 18 characters, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last character must be a digit or X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters 7–14 are not a real birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth year %1 is impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check character should be %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::IdNumberHashes</name>
    <message>
        <source>Cannot read the ID hash key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the ID hash key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the townships&apos; members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a hash key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace the ID hashes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a township&apos;s hashes are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the ID hashes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is a member of a household helped in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::ImportSheetDialog</name>
    <message>
        <source>Import households from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the roster says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a roster without a category column: a 低保花名册 lists dibao households only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category when the roster has none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header in the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;valid households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves out every household with a problem; the rows left out are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps what the columns are, to read next month&apos;s roster the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the whole file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Choose what each column is on the Columns page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the roster the office kept in Excel or WPS (.xlsx or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households, %2 members in rows below row %3. Ready: %4; monthly benefits %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: import brings in every household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problem(s) in %2 row(s): correct the roster and choose it again, or import the valid households only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 households and leave out %2 rows with problems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 households with %2 members?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-mapping.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::JsonReader</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::KeySlots</name>
    <message>
        <source>Cannot read the key slots: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the key slot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the key slot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s keys are locked: only a user of this site who has logged in can sign, open or seal its secrets (on the command line: --user). An account made before the keys were protected gets its key when an administrator sets its password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::LoginDialog</name>
    <message>
        <source>Doudi is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to Doudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk was locked after a while without use. Your open work is kept; enter your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Doudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doudi — %1 social assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database: log in as clerk1, supervisor, admin or cadre01 with the password %1 (for trying Doudi out only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk is locked. Your open work is kept; enter your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Someone else signs in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::MainWindow</name>
    <message>
        <source>Doudi — %1 social assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Doudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the household of %1? The record is kept as deleted so that the city learns of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Doudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, ID number or pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policies and standards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-evaluate every household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new determinations are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards: example policy, not yet the bureau&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of this database is broken: %1
Open File → Audit trail and press Verify for the details, and tell the city bureau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due and overdue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve fund &amp;ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay this household from the reserve fund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid from the reserve fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rosters and reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Doudi %1&lt;/h3&gt;&lt;p&gt;The desk of a township social-assistance office: minimum living guarantee, extreme poverty support and temporary assistance, offline first.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;This site&apos;s key fingerprint: &lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doudi — %1 civil affairs bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households imported from the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are not set up yet: the administrator chooses the folder and the passphrase in Maintenance → Backup settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up for the day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up for the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup at close did not succeed: %1

Close Doudi anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Villages and communities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results in this village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hous&amp;eholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve f&amp;und</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out / s&amp;witch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left %2 form(s) with unsaved changes. Signing in as someone else gives them up. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover &amp;unsaved entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing typed is waiting to be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %L1 households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Save nothing more in it: close Doudi, copy the file aside for the city bureau, and have the last backup restored (Maintenance → Restore from a backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price &amp;linkage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the temporary &amp;price subsidy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funeral waivers issued…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care &amp;register (三留守)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referr&amp;als and resource library…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::MemberProgramFields</name>
    <message>
        <source>Parents (for a minor) and date of death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Father:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought &amp;up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;death:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::Money</name>
    <message>
        <source>no amount was entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than two decimal places (the smallest unit is one fen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::NewDatabase</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a new database never overwrites one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database did not pass its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database has no site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish writing the new database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::NoticeRoster</name>
    <message>
        <source>Public notice of applications for assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ask the township office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who knows of facts that differ may report them to the township or the complaint hotline during the notice period. Reports are kept confidential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township people&apos;s government (seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme poverty (特困)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibao (低保)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application is on public notice in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::OfficeNotices</name>
    <message>
        <source>Backups are not set up: choose the folder and the passphrase in Maintenance → Backup settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are not set up: ask the administrator to set them up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached: plug in the USB stick, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup is of %1, more than %2 days ago: make one now (Maintenance → Back up now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup in %1 yet: make one now (Maintenance → Back up now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working-day calendar of %1 is not here yet: import the State Council&apos;s holiday arrangement (calendar import) when it is published, or deadlines in %1 will be estimates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::PackageBody</name>
    <message>
        <source>The package&apos;s contents are damaged (line %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s contents are not in a format this Doudi reads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::PackageImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: the fingerprint was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Already enrolled with %1; %n policy(ies) checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrolled with %1; %n policy(ies) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Package %1 from %2 was imported before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 from %2 is missing. This one (%3) is kept and applied as soon as package %1 is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 from %2 imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) that were waiting for it were applied too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on both sides wait in the conflict queue for your decision.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expenditures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>determinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case steps and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserve fund entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment paperwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID hash lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on both sides will wait in the conflict queue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>price indices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price subsidy payments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::PackageOutbox</name>
    <message>
        <source>Cannot record the package&apos;s file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::PasswordHasher</name>
    <message>
        <source>must have at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::PasswordKey</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot of this site is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::PaymentBatches</name>
    <message>
        <source>Cannot read the households: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be regular or supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bank account on the household&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the returned payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned by the bank; correct the account or the holder&apos;s name first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the payment batches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 batch of %2 (%3) is already approved; what it missed goes into a supplement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 batch of %2 (%3) is already prepared; discard it first to prepare it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has an approved amount to be paid in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting to be paid again: no returned payment with a corrected account, no month an approved batch missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the payment batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the payment of line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the payment batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no payment batch “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is approved: it is a record and is never discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot discard the batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is already approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines of batch %1 are not the ones prepared: it was changed outside Doudi. Discard it and prepare it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision or a bank account changed since batch %1 was prepared: discard it and prepare it again, so that the list approved is the list paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot approve the batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the payment&apos;s outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is not approved yet: nothing of it has been paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is already marked paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark the batch paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the bank returned it (账户已销户, 户名不符 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is not approved yet: nothing of it went to the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household has no payment in batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household&apos;s payment in batch %1 is already settled; a settled payment is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is not approved yet: the bank cannot have answered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference “%1” is not a line of batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank gives %1 for %2, the batch %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already recorded as %2; a settled payment is never changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned by the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the bank file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the bank files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the bank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::PaymentRoster</name>
    <message>
        <source>Payment roster of minimum living guarantee and extreme poverty support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID numbers show their first 6 and last 4 characters, bank accounts their last 4 digits. The base of 特困 support includes the care allowance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>增发 (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is paid in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet: the approved amounts, to be paid once a batch is approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The rules now propose another amount for %n household(s): they are paid what was approved until a review decides again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Supplement roster of minimum living guarantee and extreme poverty support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplement is paid in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::PaymentsDialog</name>
    <message>
        <source>Monthly payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate the payment list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid / returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Returns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment batches (the newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the %1 payment list of %2? Another person approves it before it goes to the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve this payment list? An approved list never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the bank pay every line not returned? They are recorded as paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel or CSV (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (账户已销户, 户名不符 …):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment list yet: choose the month and generate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 households %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1: %2 new, %3 ended, %4 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> … and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of %1 (nothing written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment list is generated; another person approves it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: the list can go to the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded; generate the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank file is written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s returns are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as returned; it is paid again in a supplement once the account is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank &amp;layout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank&apos;s file layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank layout (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout of %1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::Peers</name>
    <message>
        <source>Cannot record the peer site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the peer sites: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the package history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::Permissions</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reveal full ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save determinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-evaluate every household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report discovered hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print rosters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the reserve fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange sync packages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::PolicyDialog</name>
    <message>
        <source>Rural dibao standard a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban dibao standard a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum benefit a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-income line (% of the standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rural disposable income last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban disposable income last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several increments: max or sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly from age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor below age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme poverty basic living (% of the standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care: manages daily life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care: partly dependent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care: fully dependent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial assets limit (months of the standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle value limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residences allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradual exit (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradual exit with a disabled member (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies and standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one policy to see its parameters, or two (Ctrl+click) to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy documents (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a valid policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphans: allowance in a family a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphans: allowance in an institution a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children without care: paid as brought up in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphans beside the dibao: full, difference or excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability living subsidy: who is covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability living subsidy: not for 特困</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe disability care subsidy: grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe disability care subsidy: grades (intellectual, mental)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe disability care subsidy: daily activities not managed, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe disability care subsidy: not beside the 特困 care fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funeral waiver: amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funeral waiver: who is covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price subsidy: consumer prices up by at least (‰)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price subsidy: food prices up by at least (‰)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price subsidy: standard × prices, or fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price subsidy: fixed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price subsidy: who is covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability living subsidy a month, grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe disability care subsidy a month, grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care visits: elderly living alone from the age of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care visits: the elderly living alone, every (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care visits: anyone at high risk, every (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care visits: the others, every (months)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::PolicyJson</name>
    <message>
        <source>must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be max or sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule must start at month 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must come after month %1 of the step before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 to 100, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown measure “%1”; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a pair of whole numbers [threshold, points]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown op “%1”; known: le, ge, direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a tier with min 0 or less, so that every score has a tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a real date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a policy must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be below township_limit_standards (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grade is 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grade is a whole number 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be family or institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be full, difference or excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 to 6, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be standard_times_cpi or fixed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::PolicyRepository</name>
    <message>
        <source>The example policy is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different policy with the id %1 is already stored. Policies are never overwritten: the bureau gives a changed policy a new id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the policy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored policy cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy is in force on %1. Import the bureau&apos;s policy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no policy %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::PriceIndexJson</name>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a change in permille, −1000 to 1000, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a price index must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::PriceIndices</name>
    <message>
        <source>must be a month written YYYY-MM, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between -%1 and %1 ‰ (41 is a rise of 4.1 %), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where the figures were published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price subsidy of %1 has been paid on the recorded figures: they stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the price index: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::PriceSubsidyDialog</name>
    <message>
        <source>Price linkage: temporary price subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published price index of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it was published, e.g. 吉林省统计局 2025年3月居民消费价格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Food prices (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator or the supervisor records the published figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the &amp;roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures are recorded for this month yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out who is covered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy %1 pays it when consumer prices rise %2 or more, or food prices %3 or more, against a year before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s figures stay below it: nobody is paid a price subsidy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %n person(s), %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To pay: %n person(s), %1 in all (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is left to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already paid for this month.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a percentage with at most one decimal, such as 4.1 or -0.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index of %1 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the price subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record the price subsidy of %1 as paid: %n person(s), %2 in all? A payment recorded is never changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The price subsidy of %1 is recorded: %n person(s), %2. Print its roster for signing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Consumer pr&amp;ices against a year before (%):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::PriceSubsidyPayments</name>
    <message>
        <source>Cannot read the price subsidy paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::PriceSubsidyRoster</name>
    <message>
        <source>Payment roster of the temporary price subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPI %1, food %2 against a year before (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-off payment for the month to each person covered, paid into the household&apos;s account. ID numbers show their first 6 and last 4 characters, bank accounts their last 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price subsidy is paid for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::PriceSubsidyRun</name>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price index is recorded for %1: record the bureau&apos;s published figures first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy in force in %1 (%2) has no price subsidy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household %1 cannot be worked out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the price subsidy (was it paid meanwhile? prepare it again): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price subsidy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme poverty (特困)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphans and children without care</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::PrivateFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::ProgramRecipients</name>
    <message>
        <source>Cannot read the determinations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entitlements saved for household %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household saved with a determination of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the price subsidy paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::ProgramRoster</name>
    <message>
        <source>Payment roster of the living subsidy for disabled people in difficulty and the care subsidy for the severely disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment roster of the basic living allowance for orphans and children without de-facto care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts are those saved with each household&apos;s latest determination of the month or before. ID numbers show their first 6 and last 4 characters, bank accounts their last 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living subsidy (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care subsidy (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, grade %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without de-facto care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is paid in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::ProgramRules</name>
    <message>
        <source>%1: temporary price subsidy %2, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an orphan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a child without de-facto care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is covered by the dibao or 特困: this policy pays no allowance beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): allowance %3 less the child&apos;s share of the assistance %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): basic living allowance %3 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disability of grade %2): living subsidy for people with disabilities in need %3 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disability of grade %2, needs long-term care): care subsidy for people with severe disabilities %3 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 died on %2: basic funeral services waived up to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices rose %1 ‰ (food %2 ‰) on a year before: the price subsidy is due, %3 a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the determination is of %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic living allowance of orphans and children without care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living subsidy for people with disabilities in need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care subsidy for people with severe disabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic funeral services waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary price subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the allowance is reduced by the child&apos;s share of the dibao or 特困 support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supported as 特困, no living subsidy for people with disabilities in need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receives the orphan&apos;s allowance, no living subsidy for people with disabilities in need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receives the 特困 care fee, no care subsidy for people with severe disabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::Recipients</name>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::RecordDigest</name>
    <message>
        <source>Cannot read the records: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::RecoverDraftsDialog</name>
    <message>
        <source>Recover unsaved entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doudi stopped last time before these forms were saved (a power cut, or the program closed unexpectedly). Choose one and press Restore to go on typing it, or Discard to throw it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — typed until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away what was typed on “%1”? It cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::ReferralLetter</name>
    <message>
        <source>Referral letter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person below, of %1, has needs that the minimum living guarantee and the other assistance of this township do not meet. We refer them to your %2 and ask you to receive them and help within your rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What help is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please send the receipt below back within %1 working days, and tell the office what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> people&apos;s government (seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt of referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (referred by %2 on %3): ☐ accepted  ☐ helped  ☐ declined, because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry (seal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has no entry %1 for this referral.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::Referrals</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a data-matching signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a refused application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be household, signal or case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is only given for a signal or a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no signal with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no case with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signal is about another household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is not this household&apos;s refused application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no entry of the library with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is not valid on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a member of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>died on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what help the person needs, at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the referral: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referral was closed as %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a referral %1 cannot become “%2”: sent → accepted → helped, or declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a day from %1 to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what the entry did, or why it declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referral was changed meanwhile: read it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no referral with this id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::ReferralsDialog</name>
    <message>
        <source>Referrals and the resource library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open ones only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accepted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Helped…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declined…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer a member of this household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What help the person needs, e.g. 长子考入大学，学费无着</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refer and print the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry of the office&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral %1 is sent to %2; the answer is due by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral %1: %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last valid day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is valid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::RegionCode</name>
    <message>
        <source>a region code has 6, 9 or 12 digits, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a region code has digits only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::RelativesRoster</name>
    <message>
        <source>Register of applications by near relatives of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application by a near relative of a case worker or village official is approved only after the city&apos;s own home visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City&apos;s home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application by a near relative of staff this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in use now is kept beside the restored one (…before-restore-…), and the next package to the city replaces what the city holds of this township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1? Everything entered since then is only in the kept file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doudi backups (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a backup of %1 %2, not of this township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;made %3 by %4&lt;br&gt;%5 households, %6 persons&lt;br&gt;last sync package sent: %7&lt;br&gt;&lt;small&gt;%8&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::ReviewSchedule</name>
    <message>
        <source>yearly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review every six months: able-bodied members or an unstable income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review within three months of a member&apos;s death</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::RosterColumns</name>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village (community)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::RosterExport</name>
    <message>
        <source>must end in .pdf, .xlsx or .csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::RosterHtml</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::RosterImporter</name>
    <message>
        <source>the old Excel 97–2003 format (.xls) cannot be read; in Excel or WPS choose “Save as” and the type “Excel 工作簿 (*.xlsx)”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the roster has %n problem(s); nothing was imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record where the household came from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has %1 lines and a line of %2 columns, too much for a roster (at most %3 cells): is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::RosterMapping</name>
    <message>
        <source>the mapping file is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field; use one of name, id_number, relation, village, category, monthly_benefit, bank_account, phone, … or ignore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::RosterPdf</name>
    <message>
        <source>Cannot draw the roster into a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::RosterReader</name>
    <message>
        <source>the ID number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel turned this ID number into a number and lost its last digits; format the column as text and type the number again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID number is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row found: one of the first %1 rows must name columns such as 姓名 and 公民身份号码; say what the columns are in a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a second column for %2; only column %3 is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1” is not recognised and is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roster has no column of ID numbers (公民身份号码 or 身份证号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roster has no column of names (姓名)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roster has no village column (村（社区）); add one or map a column to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has neither a name nor an ID number and is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person is on row %1 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person is registered already (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relation to the head is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relation “%1” is not one Doudi knows; recorded as other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sex “%1” must be 男 or 女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sex %1 does not match the ID number (%2); check both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date such as 1956-03-02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row is a household&apos;s head, but the relation says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this member&apos;s row comes before any head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row of the roster is the head with this ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the village is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a village of this township; add it under 设置 → 村（社区） or correct the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has merged into another village; the household is put there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the village %1 is retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category “%1” is not 低保, 特困 or 低保渐退</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monthly benefit “%1” is not an amount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monthly benefit must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household has a monthly benefit but no category; fill in 保障类别 or choose the roster&apos;s category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel turned this account number into a number and lost its last digits; format the column as text and type the number again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 persons are covered, but the roster lists %2 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household has %1 heads; a household has one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::RosterXlsx</name>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workbook back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::Rosters</name>
    <message>
        <source>Public notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve fund statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no village %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-relative register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price subsidy roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability subsidies roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphans&apos; allowance roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care register (三留守)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::RostersDialog</name>
    <message>
        <source>Rosters and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) on %1 page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing for this month: the roster says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::SealedSecret</name>
    <message>
        <source>Cannot seal a secret of this site: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::Session</name>
    <message>
        <source>To %1, give --user and the password (DOUDI_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a cadre of another village and may not see this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prepared this and may not approve it too; another person must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect when Doudi starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0439-1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint &amp;hotline (public notices):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government-&amp;purchased services (元):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central and provincial &amp;assistance funds (元):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k the desk after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::SignalReader</name>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signals must be a JSON list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must be id_number,kind,source,date,detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs id_number, kind, source and date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::SignalRepository</name>
    <message>
        <source>Cannot match the signals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the signals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signal that is “%1” cannot become “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the household is not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the department it is referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the signal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the signals: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::SiteKey</name>
    <message>
        <source>A stored secret of this site (%1) does not open with the site key: the file was changed outside Doudi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::SiteKeys</name>
    <message>
        <source>Cannot read the site&apos;s keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the site&apos;s keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s sealed keys are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot seal the site&apos;s keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::SiteRepository</name>
    <message>
        <source>a township code has 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a city code has 6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be township or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no site yet; create it with “doudi-cli init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a village code has 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the village %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the villages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the setting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this township (its code starts with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than 60 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the village %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a village of this township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the village %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the village %1 is retired already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the households: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) live in %1; merge the village into another one instead</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a village cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the village %1 is retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::StatisticsRoster</name>
    <message>
        <source>Monthly statistics of social assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount (元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is paid in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes and compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households new this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households whose help ended this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households in gradual exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average 增发 per person receiving one, of the standard (at least 50 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody receives 增发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary assistance from the reserve fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reserve fund balance at the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s payment batch is not approved yet: its prepared list is counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month has no payment batch yet: the approved amounts are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The rules now propose another amount for %n household(s): to review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reserve fund payments reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township&apos;s other programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount of the month (元)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::StorageError</name>
    <message>
        <source>The disk is full, so nothing of this was saved. Free some space on the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only, or on a disk that is), so nothing of this was saved. Ask the administrator to make it writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk refused to write (it may be full, removed or failing), so nothing of this was saved. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to the database, so nothing of this was saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened: its folder may be missing, read-only or on a disk that was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Doudi database. Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::SyncDialog</name>
    <message>
        <source>Sync packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the package&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export a package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — this site&apos;s key fingerprint: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused until a full re-baseline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for its first package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept ours by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took the package&apos;s by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the township the package is for in the list of sites first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the package (a USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 for %2 is written to
%3

%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doudi packages (*.doudi *.pkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package comes from %1 with the key fingerprint

%2

Ask them to read their fingerprint to you. Is it exactly this one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is genuine and complete. It will change:

%1

Apply it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a township&apos;s full re-baseline (it replaces everything held from it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything: a full re-baseline, after this database was restored or copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::SyncExporter</name>
    <message>
        <source>Cannot read the records to send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This township is not enrolled with its city yet: import the city&apos;s enrolment package first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the township the package is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a full re-baseline is sent by a township, not by the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a site this one exchanges packages with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township %1 has not sent its first package yet: its keys are not known, so nothing can be sealed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the package to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is recorded but its file could not be written to %1 (%2); export again to write it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::SyncImporter</name>
    <message>
        <source>Cannot record the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1 differs from what was imported from this site before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 from %2 is not the one imported under that number before: its database was copied to another PC or restored from a backup. Its packages are refused until a full re-baseline is accepted (sync export --full there, sync import --full here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package comes from %1, which is not a township of this city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township %1 is not enrolled here: enrol it first (sync enroll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package comes from %1, which is not this township&apos;s city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package from %1 is signed with other keys than the ones it enrolled with: it is refused. New keys are confirmed by the bureau, never by a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged or was changed on the way: its sender&apos;s keys do not match its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first package from %1. Compare its key fingerprint %2 with the one the township reads out to you; if they match, import it again trusting it (--trust %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint you were given does not match this package&apos;s (%1): do not import it; ask the township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an enrolment package: it is imported with the city&apos;s fingerprint (--trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a full re-baseline from %1: it replaces everything held from it. Import it with --full to accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages from %1 are refused until a full re-baseline is accepted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1 does not follow package %2 imported from this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 from %2 does not follow package %3 imported here: it was written after another package %3 than the one received (its database was copied or restored). Its packages are refused until a full re-baseline is accepted (sync export --full there, sync import --full here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged or was changed on the way: it has no package number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 from %2 was skipped on %3; its changes came with package %4. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its audit trail was rewritten or cut (package %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::SyncPackage</name>
    <message>
        <source>The file is damaged or cut short: it cannot be a whole Doudi package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Doudi package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is of format version %1; this Doudi reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged or was changed on the way: its signature does not match the sender&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is for %1, not for this site (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not sealed for this site&apos;s key: it cannot be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged: its contents cannot be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged: its contents cannot be decompressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is sealed: it is not an enrolment package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an enrolment package: it is imported with the city&apos;s fingerprint (--trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged or was changed on the way: its header is not one Doudi writes (site codes, and package numbers from 1 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::TextLimits</name>
    <message>
        <source>is %1 characters long; it may have at most %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::TownshipIntake</name>
    <message>
        <source>Cannot apply the city&apos;s package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s “%1” record %2 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package carries “%1” records, which the city does not own: it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of permille</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::Transaction</name>
    <message>
        <source>Could not start a database transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::UserRepository</name>
    <message>
        <source>use 2 to 32 letters, digits, dots, dashes or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a village cadre needs their village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first account of a site must be its administrator (admin)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable or enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password (at least %1 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Village (cadres):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in the audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the township&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pays alone up to (元, clerks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays alone up to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active; no site key yet: set a new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::VillageCsv</name>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write 1 (urban) or 0 (rural)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::VillagesDialog</name>
    <message>
        <source>Villages and communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban or rural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a village or community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 digits, e.g. 220681101210</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A residents&apos; committee (社区): its households live in town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire a village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire %1 %2? Its old records keep it; no new household can be entered there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The households of %1 move to (their history keeps the old village):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files: code,name[,urban] (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::Vocabulary</name>
    <message>
        <source>Urban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme poverty support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradual exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Son- or daughter-in-law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent and property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old-age allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support from relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poverty-alleviation project income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special care allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family-planning reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scholarship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bravery award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-paid medical costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motorcycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electric bike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farm machinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained or in custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severely disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::WorkCalendar</name>
    <message>
        <source>a calendar must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a year such as 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a holiday too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doudi::XlsxReader</name>
    <message>
        <source>Cannot read the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an Excel workbook (.xlsx); in Excel or WPS choose “Save as” and the type “Excel 工作簿 (*.xlsx)”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no %1; it is damaged or not an .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s %1 is too large to be a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s %1 cannot be read; it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s list of sheets is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s text table is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s formats are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet “%1”; it has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet “%1” has a cell outside Excel&apos;s grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet “%1” is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet “%1” reaches cell %2%3, too far for a roster (at most %4 cells): delete what stands far below or to the right of the roster, or copy the roster to a new sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Doudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Doudi database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doudi databases (*.doudi);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doudi, the township social-assistance desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is of another site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 is restored. The database it replaced is kept as %2. The next package to the city will be a full re-baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo township is ready. Log in as clerk1, supervisor or admin, password %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
