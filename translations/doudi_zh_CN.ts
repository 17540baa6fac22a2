<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Doudi::ApprovedAmounts</name>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation>必须是 YYYY-MM 格式的月份</translation>
    </message>
    <message>
        <source>a decision fixes at least one monthly amount</source>
        <translation>一项决定至少要核定一个月保障金额</translation>
    </message>
    <message>
        <source>Cannot record the approved amount: %1</source>
        <translation>无法记录核定金额：%1</translation>
    </message>
    <message>
        <source>each step starts in a month written YYYY-MM, not before the decision&apos;s</source>
        <translation>每一档须从 YYYY-MM 格式的月份开始，且不早于决定生效的月份</translation>
    </message>
    <message>
        <source>Cannot read the approved amounts: %1</source>
        <translation>无法读取核定金额：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::AssessmentPanel</name>
    <message>
        <source>&amp;Evaluate</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <source>Save the &amp;determination</source>
        <translation>保存评估结果(&amp;D)</translation>
    </message>
    <message>
        <source>Mont&amp;h:</source>
        <translation>评估月份(&amp;H)：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>How</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <source>Amount a month</source>
        <translation>月金额</translation>
    </message>
    <message>
        <source>Since the last saved determination</source>
        <translation>与上次保存的评估结果相比</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Quantified assessment:</source>
        <translation>综合量化评审：</translation>
    </message>
    <message>
        <source>Why (to read to the family):</source>
        <translation>评估依据（可向申请家庭宣读）：</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>无适用政策</translation>
    </message>
    <message>
        <source>Policy: %1 %2, in force from %3</source>
        <translation>适用政策：%1 %2，自%3起执行</translation>
    </message>
    <message>
        <source> — an EXAMPLE policy, until the bureau&apos;s policy arrives</source>
        <translation> — 示例政策，待市民政局正式政策下发后替换</translation>
    </message>
    <message>
        <source>Cannot evaluate yet</source>
        <translation>暂不能评估</translation>
    </message>
    <message>
        <source>Correct the form first:</source>
        <translation>请先更正表单：</translation>
    </message>
    <message>
        <source> a month</source>
        <translation>/月</translation>
    </message>
    <message>
        <source>Basic living</source>
        <translation>基本生活费</translation>
    </message>
    <message>
        <source>%1 % of the standard %2</source>
        <translation>低保标准 %2 的 %1%</translation>
    </message>
    <message>
        <source>Care allowance</source>
        <translation>护理补贴</translation>
    </message>
    <message numerus="yes">
        <source>%n daily activities not managed</source>
        <translation>
            <numerusform>%n 项日常生活活动不能自理</numerusform>
        </translation>
    </message>
    <message>
        <source>Gap to the line</source>
        <translation>差额补助</translation>
    </message>
    <message>
        <source>(line − income) ÷ 12, at least %1 a person</source>
        <translation>（收入线 − 家庭收入）÷ 12，每人不低于 %1</translation>
    </message>
    <message>
        <source>Increment: %1</source>
        <translation>增发：%1</translation>
    </message>
    <message>
        <source>%1, %2 % of the standard</source>
        <translation>%1，按标准的 %2% 增发</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Increments in all</source>
        <translation>增发合计</translation>
    </message>
    <message>
        <source>rounded up to whole yuan</source>
        <translation>向上取整到元</translation>
    </message>
    <message>
        <source>Gradual exit</source>
        <translation>低保渐退</translation>
    </message>
    <message>
        <source>%1 % of the last monthly amount %2</source>
        <translation>上次月保障金额 %2 的 %1%</translation>
    </message>
    <message>
        <source>Enrolled alone: %1</source>
        <translation>单人户：%1</translation>
    </message>
    <message>
        <source>gap and increment of one person</source>
        <translation>单人差额补助加增发</translation>
    </message>
    <message>
        <source>No monthly benefit</source>
        <translation>无按月保障金</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Gradual exit since %1: month %2 of %3, %4 % of the last amount</source>
        <translation>自 %1 起渐退：第 %2 个月，共 %3 个月，按原金额的 %4% 发放</translation>
    </message>
    <message>
        <source>%v of %m months</source>
        <translation>%v / %m 个月</translation>
    </message>
    <message>
        <source>Total (tier %1)</source>
        <translation>总分（%1 档）</translation>
    </message>
    <message>
        <source>Dibao with tier C: a home visit should look again</source>
        <translation>低保但评分为 C 档：应再次入户核查</translation>
    </message>
    <message>
        <source>A new household: nothing saved yet.</source>
        <translation>新家庭户：尚未保存任何评估结果。</translation>
    </message>
    <message>
        <source>No determination of this household is saved yet.</source>
        <translation>该户尚无保存的评估结果。</translation>
    </message>
    <message>
        <source>Classification: %1 → %2</source>
        <translation>类别：%1 → %2</translation>
    </message>
    <message>
        <source>Monthly amount: %1 → %2</source>
        <translation>月保障金额：%1 → %2</translation>
    </message>
    <message>
        <source>Assessed income: %1 → %2 a year</source>
        <translation>核定年收入：%1 → %2</translation>
    </message>
    <message>
        <source>Household size: %1 → %2</source>
        <translation>家庭人口：%1 → %2</translation>
    </message>
    <message>
        <source>Score: %1 → %2</source>
        <translation>评分：%1 → %2</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有变化。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>《%1》（%2）</translation>
    </message>
    <message>
        <source>Saved %1 by %2 for %3 under %4.</source>
        <translation>%1 由 %2 保存，评估月份 %3，依据%4。</translation>
    </message>
    <message>
        <source>Other programs this month</source>
        <translation>本月其他救助项目</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1 once</source>
        <translation>一次性 %1</translation>
    </message>
    <message>
        <source>None of the other programs pays this household this month.</source>
        <translation>本月本户不享受其他救助项目。</translation>
    </message>
    <message>
        <source>Other programs:</source>
        <translation>其他救助项目：</translation>
    </message>
    <message>
        <source>Other programs: %1 → %2 a month</source>
        <translation>其他救助项目：每月 %1 → %2</translation>
    </message>
</context>
<context>
    <name>Doudi::AuditAnchor</name>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>无法读取审计记录：%1</translation>
    </message>
    <message>
        <source>The package from %1 does not name where its audit trail ends: it was made by an older Doudi or changed. Update Doudi at the township and export again.</source>
        <translation>来自%1的同步包没有注明其审计记录的末尾：它由旧版兜底生成，或已被改动。请在乡镇更新兜底后重新导出。</translation>
    </message>
    <message>
        <source>The audit trail of %1 was rewritten or cut at the township: entry %2 does not continue the trail received from it before. Its packages are refused until the bureau has looked into it and accepted a full re-baseline.</source>
        <translation>%1的审计记录在乡镇被改写或截断：第 %2 条不能接续此前收到的审计记录。在民政局查明并接受完整重建基线之前，拒收该乡镇的同步包。</translation>
    </message>
</context>
<context>
    <name>Doudi::AuditDialog</name>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>full ID numbers shown</source>
        <translation>查看完整身份证号</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>login refused</source>
        <translation>拒绝登录</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Values (ID numbers masked)</source>
        <translation>内容（身份证号已遮蔽）</translation>
    </message>
    <message>
        <source>Press “Verify” to check the whole trail and the data against it.</source>
        <translation>点击“核验”检查全部审计记录及数据是否与之一致。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>核验(&amp;V)</translation>
    </message>
    <message>
        <source>The newest %1 entries, newest first:</source>
        <translation>最近 %1 条记录（最新在前）：</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries, %2 records match it.</source>
        <translation>审计记录完整：共 %1 条，%2 项数据与之一致。</translation>
    </message>
    <message>
        <source>The audit trail shows tampering:</source>
        <translation>审计记录显示有篡改：</translation>
    </message>
</context>
<context>
    <name>Doudi::AuditLog</name>
    <message>
        <source>Cannot write the audit trail: %1</source>
        <translation>无法写入审计记录：%1</translation>
    </message>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>无法读取审计记录：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::AuditVerifier</name>
    <message>
        <source>%1 has no audit entry: it was added outside Doudi.</source>
        <translation>%1没有审计记录：是在兜底之外添加的。</translation>
    </message>
    <message>
        <source>%1 was deleted by audit entry %2 but is back: restored outside Doudi.</source>
        <translation>%1已由第 %2 条审计记录删除，但又出现了：是在兜底之外恢复的。</translation>
    </message>
    <message>
        <source>%1 was changed outside Doudi after audit entry %2.</source>
        <translation>%1在第 %2 条审计记录之后被兜底之外的方式修改。</translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>改动：%1。</translation>
    </message>
    <message>
        <source>%1 %2 is gone, but audit entry %3 does not record its removal.</source>
        <translation>%1 %2 已不存在，但第 %3 条审计记录没有记载其删除。</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: the trail jumps from entry %2 to %3.</source>
        <translation>第 %1 条审计记录缺失：记录从第 %2 条跳到第 %3 条。</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: an entry was removed, replaced or slipped in.</source>
        <translation>第 %1 条审计记录与第 %2 条衔接不上：有记录被删除、替换或插入。</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>第 %1 条审计记录在写入后被改动。</translation>
    </message>
    <message>
        <source>The household of %1 (%2)</source>
        <translation>%1户（%2）</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>家庭户</translation>
    </message>
    <message>
        <source>The user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>The village %1</source>
        <translation>村（社区）%1</translation>
    </message>
    <message>
        <source>The village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>The policy %1</source>
        <translation>政策 %1</translation>
    </message>
    <message>
        <source>The policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>The determination %1</source>
        <translation>评估结果 %1</translation>
    </message>
    <message>
        <source>The determination</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>The fund entry %1 (%2)</source>
        <translation>备用金第 %1 条记录（%2）</translation>
    </message>
    <message>
        <source>The fund entry</source>
        <translation>备用金记录</translation>
    </message>
    <message>
        <source>The paperwork of payment %1</source>
        <translation>支出 %1 的补办手续</translation>
    </message>
    <message>
        <source>The paperwork of a payment</source>
        <translation>一笔支出的补办手续</translation>
    </message>
    <message>
        <source>The key slot of %1</source>
        <translation>%1 的密钥槽</translation>
    </message>
    <message>
        <source>The key slot</source>
        <translation>该密钥槽</translation>
    </message>
    <message>
        <source>The case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>该案件</translation>
    </message>
    <message>
        <source>The monitoring signal %1</source>
        <translation>监测预警信号 %1</translation>
    </message>
    <message>
        <source>The monitoring signal</source>
        <translation>该监测预警信号</translation>
    </message>
    <message>
        <source>The price subsidy paid by run %1</source>
        <translation>第 %1 次发放的价格临时补贴</translation>
    </message>
    <message>
        <source>The price subsidy run</source>
        <translation>价格临时补贴发放批次</translation>
    </message>
    <message>
        <source>The funeral waiver %1</source>
        <translation>殡葬减免 %1</translation>
    </message>
    <message>
        <source>The funeral waiver</source>
        <translation>殡葬减免</translation>
    </message>
    <message>
        <source>The person on the care register</source>
        <translation>关爱服务登记对象</translation>
    </message>
    <message>
        <source>The care visit</source>
        <translation>关爱走访记录</translation>
    </message>
    <message>
        <source>The library entry %1</source>
        <translation>资源库条目 %1</translation>
    </message>
    <message>
        <source>The library entry</source>
        <translation>资源库条目</translation>
    </message>
    <message>
        <source>The referral %1</source>
        <translation>转介 %1</translation>
    </message>
    <message>
        <source>The referral</source>
        <translation>转介</translation>
    </message>
</context>
<context>
    <name>Doudi::Authenticator</name>
    <message>
        <source>The user name or password is not right, or the account is disabled or locked for a while. Ask the administrator if it keeps failing.</source>
        <translation>用户名或密码不正确，或账户已停用或暂时锁定。如多次失败，请联系管理员。</translation>
    </message>
</context>
<context>
    <name>Doudi::BackupArchive</name>
    <message>
        <source>%1 is not a Doudi backup.</source>
        <translation>%1 不是兜底的备份文件。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its header is unreadable.</source>
        <translation>备份 %1 已损坏：文件头无法读取。</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>加密库无法初始化。</translation>
    </message>
    <message>
        <source>Cannot read the database copy %1: %2</source>
        <translation>无法读取数据库副本 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>无法读取备份 %1：%2</translation>
    </message>
    <message>
        <source>this is not the passphrase the backup %1 was made with</source>
        <translation>这不是制作备份 %1 时使用的备份口令</translation>
    </message>
    <message>
        <source>The backup %1 is damaged or incomplete and cannot be restored; try an older one.</source>
        <translation>备份 %1 已损坏或不完整，无法恢复；请改用更早的备份。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>This backup was written by a newer version of Doudi; update Doudi to read it.</source>
        <translation>此备份由更新版本的兜底制作，请先升级兜底再读取。</translation>
    </message>
    <message>
        <source>The backup&apos;s header is damaged.</source>
        <translation>备份的文件头已损坏。</translation>
    </message>
    <message>
        <source>The backup names a key derivation or compression Doudi does not know.</source>
        <translation>此备份使用了兜底不认识的密钥派生或压缩方式。</translation>
    </message>
</context>
<context>
    <name>Doudi::BackupDialog</name>
    <message>
        <source>Backup settings</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <source>e.g. E:\兜底备份 on the USB stick</source>
        <translation>例如 U 盘上的 E:\兜底备份</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>leave empty to keep the passphrase</source>
        <translation>留空则沿用原口令</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Write the passphrase down and keep it locked away from the stick: without it no backup can be restored, and nobody can recover it.</source>
        <translation>请把口令写下来，与 U 盘分开锁好：没有口令，任何备份都无法恢复，也没有人能找回口令。</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再输一次(&amp;R)：</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>最后同步包</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>Backups in the folder (the desktop keeps 7 daily, 4 weekly and 12 monthly; those made by hand are never deleted):</source>
        <translation>文件夹中的备份（自动保留最近 7 天、4 周、12 个月各一份；手动备份从不删除）：</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Choose a folder that exists (plug in the USB stick first).</source>
        <translation>请选择一个存在的文件夹（先插好 U 盘）。</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>两次输入的口令不一致，请重新输入。</translation>
    </message>
    <message>
        <source>Saved. Doudi backs up at the day&apos;s first start and at close.</source>
        <translation>已保存。兜底每天第一次启动时和关闭时自动备份。</translation>
    </message>
    <message>
        <source>Set the backup folder and passphrase first.</source>
        <translation>请先设置备份文件夹和口令。</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>day&apos;s start</source>
        <translation>每日启动</translation>
    </message>
    <message>
        <source>at close</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
</context>
<context>
    <name>Doudi::BackupKey</name>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>加密库无法初始化。</translation>
    </message>
    <message>
        <source>the backup passphrase must have at least %1 characters</source>
        <translation>备份口令至少要有 %1 个字符</translation>
    </message>
    <message>
        <source>The backup&apos;s key parameters are damaged.</source>
        <translation>备份的密钥参数已损坏。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the backup key.</source>
        <translation>内存不足，无法生成备份密钥。</translation>
    </message>
    <message>
        <source>The stored backup key is damaged; set the backup passphrase again.</source>
        <translation>保存的备份密钥已损坏，请重新设置备份口令。</translation>
    </message>
</context>
<context>
    <name>Doudi::BackupSettings</name>
    <message>
        <source>choose the folder backups are written to</source>
        <translation>请选择存放备份的文件夹</translation>
    </message>
    <message>
        <source>Cannot read the backup settings: %1</source>
        <translation>无法读取备份设置：%1</translation>
    </message>
    <message>
        <source>Cannot save the backup settings: %1</source>
        <translation>无法保存备份设置：%1</translation>
    </message>
    <message>
        <source>Set the backup passphrase first.</source>
        <translation>请先设置备份口令。</translation>
    </message>
</context>
<context>
    <name>Doudi::Backups</name>
    <message>
        <source>Cannot read the snapshot: %1</source>
        <translation>无法读取数据库快照：%1</translation>
    </message>
    <message>
        <source>The database copy failed its integrity check (%1).</source>
        <translation>数据库副本未通过完整性检查（%1）。</translation>
    </message>
    <message>
        <source>Cannot take a snapshot of the database: %1</source>
        <translation>无法生成数据库快照：%1</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached. Is the USB stick plugged in?</source>
        <translation>无法访问备份文件夹 %1。U 盘插好了吗？</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached.</source>
        <translation>无法访问备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>The backup %1 does not hold what its header says; try an older one.</source>
        <translation>备份 %1 的内容与其文件头不符；请改用更早的备份。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The database inside the backup failed its integrity check (%1); try an older backup.</source>
        <translation>备份中的数据库未通过完整性检查（%1）；请改用更早的备份。</translation>
    </message>
    <message>
        <source>Cannot record the restore: %1</source>
        <translation>无法记录本次恢复：%1</translation>
    </message>
    <message>
        <source>Cannot move the current database %1 aside; is Doudi still open on it? Nothing was replaced.</source>
        <translation>无法移开当前数据库 %1：兜底是否仍在使用它？没有替换任何内容。</translation>
    </message>
    <message>
        <source>Cannot put the restored database in place of %1; nothing was replaced.</source>
        <translation>无法用恢复的数据库替换 %1；没有替换任何内容。</translation>
    </message>
    <message>
        <source>Cannot read the restores: %1</source>
        <translation>无法读取恢复记录：%1</translation>
    </message>
    <message>
        <source>Cannot record the re-baseline: %1</source>
        <translation>无法记录全量重报：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::BankFile</name>
    <message>
        <source>This system cannot write GBK text; choose the layout&apos;s encoding utf-8.</source>
        <translation>本系统无法写出 GBK 文本；请把格式的编码改为 utf-8。</translation>
    </message>
    <message>
        <source>A name in the batch cannot be written in GBK; choose the layout&apos;s encoding utf-8.</source>
        <translation>批次中有姓名无法用 GBK 编码写出；请把格式的编码改为 utf-8。</translation>
    </message>
    <message>
        <source>no heading row with a reference column (参考号) and a result column (处理结果) among the first ten rows</source>
        <translation>前十行中没有同时含参考号列和处理结果列的表头行</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>“%1” is neither 成功 nor 失败</source>
        <translation>“%1”既不是“成功”也不是“失败”</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>“%1”不是金额</translation>
    </message>
    <message>
        <source>the returns file has no line below its headings</source>
        <translation>回盘文件表头下没有任何数据行</translation>
    </message>
</context>
<context>
    <name>Doudi::BankFileExport</name>
    <message>
        <source>Batch %1 is not approved yet: only an approved batch goes to the bank.</source>
        <translation>批次 %1 尚未审批：只有已审批的批次才能报送银行。</translation>
    </message>
    <message>
        <source>must end in .csv or .xlsx</source>
        <translation>扩展名必须是 .csv 或 .xlsx</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Doudi::BankFileXlsx</name>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation>无法为工作簿创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the workbook.</source>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>Cannot write the workbook.</source>
        <translation>无法写入工作簿。</translation>
    </message>
    <message>
        <source>Cannot read the workbook back: %1</source>
        <translation>无法读回工作簿：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::BankLayout</name>
    <message>
        <source>standard</source>
        <translation>标准格式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>业务参考号</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>a bank layout is one JSON object</source>
        <translation>银行文件格式应是一个 JSON 对象</translation>
    </message>
    <message>
        <source>must be “doudi-bank-layout/1”</source>
        <translation>必须是“doudi-bank-layout/1”</translation>
    </message>
    <message>
        <source>name the bank</source>
        <translation>请填写银行名称</translation>
    </message>
    <message>
        <source>must be csv or xlsx</source>
        <translation>必须是 csv 或 xlsx</translation>
    </message>
    <message>
        <source>must be gbk or utf-8</source>
        <translation>必须是 gbk 或 utf-8</translation>
    </message>
    <message>
        <source>a bank file needs at least one column</source>
        <translation>银行文件至少要有一列</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::BankLayouts</name>
    <message>
        <source>Cannot save the bank layout: %1</source>
        <translation>无法保存银行文件格式：%1</translation>
    </message>
    <message>
        <source>Cannot read the bank layouts: %1</source>
        <translation>无法读取银行文件格式：%1</translation>
    </message>
    <message>
        <source>no bank layout “%1”; save it first</source>
        <translation>没有名为“%1”的银行文件格式；请先保存</translation>
    </message>
</context>
<context>
    <name>Doudi::BatchChangesModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原类别</translation>
    </message>
    <message>
        <source>After</source>
        <translation>新类别</translation>
    </message>
    <message>
        <source>Monthly before</source>
        <translation>原月金额</translation>
    </message>
    <message>
        <source>Monthly after</source>
        <translation>新月金额</translation>
    </message>
    <message>
        <source>Other programs before</source>
        <translation>其他项目（前）</translation>
    </message>
    <message>
        <source>Other programs after</source>
        <translation>其他项目（后）</translation>
    </message>
</context>
<context>
    <name>Doudi::BatchEvaluation</name>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation>应为月份，格式 YYYY-MM</translation>
    </message>
    <message>
        <source>The re-evaluation was cancelled; nothing was saved.</source>
        <translation>重新评估已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>The household %1 cannot be evaluated.</source>
        <translation>家庭户 %1 无法评估。</translation>
    </message>
    <message>
        <source>Cannot read the determinations: %1</source>
        <translation>无法读取评估结果：%1</translation>
    </message>
    <message>
        <source>New standard: %1 %2</source>
        <translation>执行新标准：%1 %2</translation>
    </message>
</context>
<context>
    <name>Doudi::BatchReevaluationDialog</name>
    <message>
        <source>Re-evaluate every household</source>
        <translation>重新评估全部家庭户</translation>
    </message>
    <message>
        <source>When a new standard takes effect, every household is evaluated again under the policy in force. Nothing is saved until you have seen what changes.</source>
        <translation>新标准生效时，按当月适用的政策重新评估全部家庭户。在您查看变化之前，不会保存任何内容。</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>适用政策：</translation>
    </message>
    <message>
        <source>%1 %2, in force from %3%4</source>
        <translation>%1 %2，自%3起执行%4</translation>
    </message>
    <message>
        <source> (an example policy)</source>
        <translation>（示例政策）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原类别</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新类别</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>家庭户</translation>
    </message>
    <message>
        <source>Changes of classification:</source>
        <translation>类别变化：</translation>
    </message>
    <message>
        <source>Households whose classification or amount changes:</source>
        <translation>类别或金额有变化的家庭户：</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save all results</source>
        <translation>保存全部结果(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Evaluating every household…</source>
        <translation>正在评估全部家庭户……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The batch did not run.</source>
        <translation>批量评估未能运行。</translation>
    </message>
    <message>
        <source>%1, under %2 %3: %4 households evaluated.</source>
        <translation>%1，按%2 %3：共评估 %4 户。</translation>
    </message>
    <message>
        <source>%1 change classification and %2 only their amount.</source>
        <translation>其中 %1 户类别有变化，%2 户仅金额有变化。</translation>
    </message>
    <message>
        <source>Monthly amount of all households: %1 before, %2 after (%3%4).</source>
        <translation>全部家庭月保障总额：原 %1，新 %2（%3%4）。</translation>
    </message>
    <message>
        <source>(not evaluated before)</source>
        <translation>（此前未评估）</translation>
    </message>
    <message>
        <source>Saving the determinations…</source>
        <translation>正在保存评估结果……</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>New amounts paid &amp;from:</source>
        <translation>新标准自(&amp;F)：</translation>
    </message>
    <message>
        <source>(households paid now whose amount changes; ending help needs its own case)</source>
        <translation>起执行（仅针对金额有变化的在保户；停保须另行立案）</translation>
    </message>
    <message>
        <source>Save and &amp;approve the new amounts</source>
        <translation>保存并审批新标准(&amp;A)</translation>
    </message>
    <message>
        <source>Approve the new amounts, paid from %1? Each household paid now whose amount changes gets this decision on its record; the next payment batch pays it.</source>
        <translation>审批新标准，自%1起执行吗？金额有变化的在保户都将记录这一决定，并在下一发放批次中按新金额发放。</translation>
    </message>
    <message>
        <source>Saving the determinations and the decisions…</source>
        <translation>正在保存评估结果和审批决定…</translation>
    </message>
    <message>
        <source>%1 have no saved determination yet and get their first.</source>
        <translation>%1 户尚无已保存的认定，本次为首次认定。</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>%1: %2 a month for %3 households before, %4 for %5 after.</source>
        <translation>%1：之前每月 %2（%3 户），之后 %4（%5 户）。</translation>
    </message>
    <message numerus="yes">
        <source>%n households&apos; amounts of the other programs change.</source>
        <translation>
            <numerusform>%n 户的其他救助项目金额有变化。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doudi::CareRegister</name>
    <message>
        <source>Left-behind child</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Left-behind elderly</source>
        <translation>留守老人</translation>
    </message>
    <message>
        <source>Left-behind woman</source>
        <translation>留守妇女</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>no village of the township has this code</source>
        <translation>本乡镇没有此代码的村（社区）</translation>
    </message>
    <message>
        <source>the village was merged or dissolved</source>
        <translation>该村（社区）已合并或撤销</translation>
    </message>
    <message>
        <source>write the name, at most 50 characters</source>
        <translation>请填写姓名，最多 50 个字</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>must be child, elderly or woman</source>
        <translation>必须是 child（儿童）、elderly（老人）或 woman（妇女）</translation>
    </message>
    <message>
        <source>a left-behind child is under %1; this person is %2</source>
        <translation>留守儿童应未满 %1 周岁；此人 %2 岁</translation>
    </message>
    <message>
        <source>a left-behind elderly person is %1 or older; this person is %2</source>
        <translation>留守老人应年满 %1 周岁；此人 %2 岁</translation>
    </message>
    <message>
        <source>the ID number is a man&apos;s</source>
        <translation>身份证号显示为男性</translation>
    </message>
    <message>
        <source>say why the person is left behind, e.g. 家庭成员外出务工</source>
        <translation>请填写留守原因，如“家庭成员外出务工”</translation>
    </message>
    <message>
        <source>say who looks after the person (or 无)</source>
        <translation>请填写照料人（没有的填“无”）</translation>
    </message>
    <message>
        <source>must be low, medium or high</source>
        <translation>必须是低、中或高（low、medium、high）</translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <translation>不能晚于今天</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>this person is on the register already</source>
        <translation>此人已在登记册上</translation>
    </message>
    <message>
        <source>Cannot register the person: %1</source>
        <translation>无法登记此人：%1</translation>
    </message>
    <message>
        <source>care register</source>
        <translation>关爱服务登记</translation>
    </message>
    <message>
        <source>must be a day, not in the future</source>
        <translation>必须是日期，且不能晚于今天</translation>
    </message>
    <message>
        <source>must not be before the person was registered</source>
        <translation>不能早于登记日期</translation>
    </message>
    <message>
        <source>write what the visit found</source>
        <translation>请填写走访情况</translation>
    </message>
    <message>
        <source>left the register on %1</source>
        <translation>已于 %1 退出登记</translation>
    </message>
    <message>
        <source>Cannot record the visit: %1</source>
        <translation>无法记录走访：%1</translation>
    </message>
    <message>
        <source>care visit</source>
        <translation>关爱走访</translation>
    </message>
    <message>
        <source>must be a day between the registration and today</source>
        <translation>必须在登记日期和今天之间</translation>
    </message>
    <message>
        <source>say why, e.g. 父母返乡</source>
        <translation>请填写原因，如“父母返乡”</translation>
    </message>
    <message>
        <source>nobody on the care register has this id</source>
        <translation>登记册上没有此编号的人</translation>
    </message>
    <message>
        <source>Cannot read the care register: %1</source>
        <translation>无法读取关爱服务登记册：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::CareRegisterDialog</name>
    <message>
        <source>Care register (三留守)</source>
        <translation>“三留守”关爱服务登记</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村（社区）(&amp;V)：</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Left behind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>照料人</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Visit due</source>
        <translation>应走访日期</translation>
    </message>
    <message>
        <source>Register a person</source>
        <translation>登记人员</translation>
    </message>
    <message>
        <source>e.g. grandmother 李桂芬</source>
        <translation>如：祖母 李桂芬</translation>
    </message>
    <message>
        <source>Lives &amp;alone</source>
        <translation>独居(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>留守原因(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Carer:</source>
        <translation>照料人(&amp;C)：</translation>
    </message>
    <message>
        <source>Ris&amp;k:</source>
        <translation>风险等级(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Leave the register…</source>
        <translation>退出登记(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Print the register…</source>
        <translation>打印登记册(&amp;P)…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <source>%1 is on the register; the first visit is due on %2.</source>
        <translation>%1 已登记；首次走访应在 %2 前进行。</translation>
    </message>
    <message>
        <source>The visit to %1 on %2 is recorded.</source>
        <translation>已记录 %2 对 %1 的走访。</translation>
    </message>
    <message>
        <source>%1 has left the register: %2</source>
        <translation>%1 已退出登记：%2</translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation>走访 %1</translation>
    </message>
    <message>
        <source>Needs the township&apos;s &amp;help</source>
        <translation>需要乡镇帮扶(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>走访情况(&amp;F)：</translation>
    </message>
    <message>
        <source>Leave the register</source>
        <translation>退出登记</translation>
    </message>
    <message>
        <source>Why %1 leaves the register (e.g. 父母返乡):</source>
        <translation>%1 退出登记的原因（如：父母返乡）：</translation>
    </message>
    <message>
        <source>Villag&amp;e:</source>
        <translation>村（社区）(&amp;E)：</translation>
    </message>
    <message>
        <source>Carer&apos;s p&amp;hone:</source>
        <translation>照料人电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Record a visi&amp;t…</source>
        <translation>记录走访(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>Doudi::CareRoster</name>
    <message>
        <source>Register of left-behind children, elderly and women</source>
        <translation>农村留守儿童、老年人和妇女关爱服务登记册</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Township head:</source>
        <translation>乡镇负责人：</translation>
    </message>
    <message>
        <source>Visits follow the policy&apos;s plan; a visit due on a holiday is due the next working day. ID numbers show their first 6 and last 4 characters.</source>
        <translation>走访按政策规定的周期进行；应走访日期遇节假日顺延至下一个工作日。身份证号只显示前 6 位和后 4 位。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Left behind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>留守原因</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>照料人</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>独居</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>应走访日期</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Nobody is on the care register.</source>
        <translation>登记册上没有人员。</translation>
    </message>
    <message>
        <source>Township total</source>
        <translation>全镇（乡）合计</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
</context>
<context>
    <name>Doudi::CaseDocuments</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Health, disability, work</source>
        <translation>健康、残疾、劳动能力</translation>
    </message>
    <message>
        <source>Home visit record</source>
        <translation>最低生活保障家庭入户调查表</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房情况</translation>
    </message>
    <message>
        <source>Assets seen (vehicles, machinery, livestock, business)</source>
        <translation>家庭财产（车辆、农机、牲畜、经营）</translation>
    </message>
    <message>
        <source>Health of the members</source>
        <translation>家庭成员健康状况</translation>
    </message>
    <message>
        <source>Living conditions</source>
        <translation>生活状况</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>Family members present</source>
        <translation>在场家庭成员</translation>
    </message>
    <message>
        <source>Investigators (two or more)</source>
        <translation>调查人员（不少于 2 人）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Investigators&apos; signatures:</source>
        <translation>调查人员签字：</translation>
    </message>
    <message>
        <source>Family&apos;s signature:</source>
        <translation>申请人签字：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>The family signed the record on the day of the visit.</source>
        <translation>申请人已于调查当日签字确认。</translation>
    </message>
    <message>
        <source>Authorisation to check the family&apos;s economic situation</source>
        <translation>家庭经济状况核对授权书</translation>
    </message>
    <message>
        <source>We, the members of this household, apply for social assistance and authorise the civil affairs departments to check, through the departments and institutions that hold them, our income, property, bank deposits, securities, vehicles, real estate, social insurance and business registrations. We know that what we declared will be checked, that false declarations lead to refusal or to the recovery of what was paid, and that the results are used only for the assessment.</source>
        <translation>本户成员申请社会救助，授权民政部门通过有关部门和机构核对本户成员的收入、财产、银行存款、有价证券、车辆、不动产、社会保险和市场主体登记等信息。我们知悉所申报的情况将被核对，虚报、瞒报将导致不予批准或追回已发放的救助金，核对结果仅用于救助审核确认。</translation>
    </message>
    <message>
        <source>%1, signature:</source>
        <translation>%1 签字：</translation>
    </message>
    <message>
        <source>Notice of refusal</source>
        <translation>不予批准通知书</translation>
    </message>
    <message>
        <source>To %1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Your household&apos;s %1 accepted on %2 was reviewed. It does not meet the conditions and is not approved.</source>
        <translation>你户于 %2 受理的%1，经审核，不符合条件，决定不予批准。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>If you disagree with this decision, you may apply for administrative reconsideration within 60 days of receiving this notice, or bring an administrative lawsuit within six months. If your situation changes, you may apply again.</source>
        <translation>如对本决定不服，可自收到本通知之日起 60 日内申请行政复议，或者在 6 个月内向人民法院提起行政诉讼。家庭情况发生变化的，可以重新申请。</translation>
    </message>
    <message>
        <source> people&apos;s government (seal)</source>
        <translation>人民政府（盖章）</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>签收人：</translation>
    </message>
    <message>
        <source>No home visit is recorded for this case yet.</source>
        <translation>本案尚未登记入户调查。</translation>
    </message>
    <message>
        <source>The case was not refused.</source>
        <translation>本案未作不予批准决定。</translation>
    </message>
    <message>
        <source>unknown paper %1</source>
        <translation>未知的文书类型 %1</translation>
    </message>
    <message>
        <source>Notice of the materials still needed</source>
        <translation>社会救助申请材料一次性告知书</translation>
    </message>
    <message>
        <source>Your %1 accepted on %2 has every material it needs. You will be told of each further step.</source>
        <translation>你户于 %2 受理的%1，申请材料已齐全。后续办理情况将及时告知。</translation>
    </message>
    <message>
        <source>Your %1 was accepted on %2. To assess it, we still need the following, all of which we tell you now at once:</source>
        <translation>你户的%1已于 %2 受理。审核还需补充以下材料，现一次性告知如下：</translation>
    </message>
    <message>
        <source>Please bring them to the township&apos;s social assistance office. The time limits of your case run from the day they are complete.</source>
        <translation>请将上述材料送至乡镇社会救助经办窗口。办理时限自材料齐全之日起计算。</translation>
    </message>
</context>
<context>
    <name>Doudi::CaseListDialog</name>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>只看逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭户</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Next time limit</source>
        <translation>下一时限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1：%2 前</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>%1 cases; the first %2 are shown</source>
        <translation>共 %1 件；显示前 %2 件</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doudi::CaseRepository</name>
    <message>
        <source>must be one of %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>应为日期，格式 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Cannot open the case: %1</source>
        <translation>无法建立案件：%1</translation>
    </message>
    <message>
        <source>A %1 that is “%2” cannot %3.</source>
        <translation>处于“%2”状态的%1不能%3。</translation>
    </message>
    <message>
        <source>%1 is before the step before it (%2)</source>
        <translation>%1 早于上一步骤的日期（%2）</translation>
    </message>
    <message>
        <source>A near relative of a case worker or village official is involved: the city&apos;s home visit must be recorded before approval.</source>
        <translation>涉及经办人员或村干部的近亲属：审批前须记录市级入户调查。</translation>
    </message>
    <message>
        <source>Cannot record the step: %1</source>
        <translation>无法记录步骤：%1</translation>
    </message>
    <message>
        <source>Cannot read the cases: %1</source>
        <translation>无法读取案件：%1</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>Cannot store the calendar: %1</source>
        <translation>无法保存工作日历：%1</translation>
    </message>
    <message>
        <source>Cannot read the calendar: %1</source>
        <translation>无法读取工作日历：%1</translation>
    </message>
    <message>
        <source>Save the household&apos;s determination (the 评估 tab) before approving: the amount comes from it.</source>
        <translation>批准前请先保存该户的评估结果（“评估”页）：批准金额取自评估结果。</translation>
    </message>
    <message>
        <source>a refusal needs its reason, for the written notice</source>
        <translation>不予批准须写明理由，用于书面告知</translation>
    </message>
    <message>
        <source>a home visit needs at least two investigators</source>
        <translation>入户调查至少需要两名调查人员</translation>
    </message>
    <message>
        <source>write what the visit found</source>
        <translation>请填写入户调查发现的情况</translation>
    </message>
    <message>
        <source>the family signs the visit record</source>
        <translation>入户调查记录需经申请家庭签字</translation>
    </message>
    <message>
        <source>unknown material “%1”; known: %2</source>
        <translation>未知的材料“%1”；可用的材料：%2</translation>
    </message>
    <message>
        <source>Cannot record the materials: %1</source>
        <translation>无法登记申请材料：%1</translation>
    </message>
    <message>
        <source>Save the household&apos;s determination (the 评估 tab) during the review before deciding it: the amount comes from it.</source>
        <translation>请在复核期间先保存该户的核算结果（评估页），再作复核决定：救助金额以其为准。</translation>
    </message>
    <message>
        <source>ending the help needs its reason, for the written notice</source>
        <translation>终止救助须填写理由，用于书面告知</translation>
    </message>
    <message>
        <source>Cannot read the monitoring signals: %1</source>
        <translation>无法读取监测预警信息：%1</translation>
    </message>
    <message>
        <source>a democratic review records who took part (民主评议 participants) and its outcome</source>
        <translation>民主评议须记录参加人员和评议结论</translation>
    </message>
</context>
<context>
    <name>Doudi::CaseWorkflow</name>
    <message>
        <source>Dibao application</source>
        <translation>低保申请</translation>
    </message>
    <message>
        <source>Extreme poverty application</source>
        <translation>特困供养申请</translation>
    </message>
    <message>
        <source>Temporary assistance</source>
        <translation>临时救助</translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation>定期复核</translation>
    </message>
    <message>
        <source>Change of circumstances</source>
        <translation>情况变更</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>终止救助</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>Objection raised</source>
        <translation>有异议</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>待审核确认</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>享受中</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>复核中</translation>
    </message>
    <message>
        <source>Gradual exit</source>
        <translation>低保渐退</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>start the investigation</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>record a home visit</source>
        <translation>记录入户调查</translation>
    </message>
    <message>
        <source>record the city&apos;s home visit</source>
        <translation>记录市级入户调查</translation>
    </message>
    <message>
        <source>publish the notice</source>
        <translation>发布公示</translation>
    </message>
    <message>
        <source>record an objection</source>
        <translation>记录异议</translation>
    </message>
    <message>
        <source>investigate again</source>
        <translation>重新调查</translation>
    </message>
    <message>
        <source>hold a democratic review</source>
        <translation>进行民主评议</translation>
    </message>
    <message>
        <source>submit for decision</source>
        <translation>报请审核确认</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>start payment</source>
        <translation>开始发放</translation>
    </message>
    <message>
        <source>start a review</source>
        <translation>开始复核</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>继续享受</translation>
    </message>
    <message>
        <source>begin the gradual exit</source>
        <translation>开始渐退</translation>
    </message>
    <message>
        <source>terminate</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>start of investigation</source>
        <translation>启动调查</translation>
    </message>
    <message>
        <source>end of notice</source>
        <translation>公示结束</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>审核确认</translation>
    </message>
    <message>
        <source>whole case</source>
        <translation>全部办理</translation>
    </message>
    <message>
        <source>Written application</source>
        <translation>书面申请书</translation>
    </message>
    <message>
        <source>Identity cards of every member</source>
        <translation>家庭成员身份证</translation>
    </message>
    <message>
        <source>Household register (户口簿)</source>
        <translation>户口簿</translation>
    </message>
    <message>
        <source>Signed authorisation to check the family&apos;s finances</source>
        <translation>家庭经济状况核对授权书（已签字）</translation>
    </message>
    <message>
        <source>Proof of income of the working members</source>
        <translation>有劳动能力成员的收入证明</translation>
    </message>
    <message>
        <source>Statement of property (housing, vehicles, deposits)</source>
        <translation>家庭财产状况说明（住房、车辆、存款）</translation>
    </message>
    <message>
        <source>Medical records or diagnosis, where illness is claimed</source>
        <translation>病历或诊断证明（申报患病的）</translation>
    </message>
    <message>
        <source>Disability certificate, where disability is claimed</source>
        <translation>残疾人证（申报残疾的）</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>A deadline counted on plain weekdays: the year has no holiday calendar yet.</extracomment>
        <translation>约 %1</translation>
    </message>
</context>
<context>
    <name>Doudi::CasesPanel</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Next time limit</source>
        <translation>下一时限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>&amp;Open a case…</source>
        <translation>建立案件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Next step…</source>
        <translation>下一步骤(&amp;N)…</translation>
    </message>
    <message>
        <source>Steps of the selected case:</source>
        <translation>所选案件的办理经过：</translation>
    </message>
    <message>
        <source>Save the household first; then its cases can be opened.</source>
        <translation>请先保存家庭户，再建立案件。</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1：%2 前</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation>%1 受理</translation>
    </message>
    <message>
        <source>%1 %2 (%3)%4</source>
        <translation>%1 %2（%3）%4</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>建立案件</translation>
    </message>
    <message>
        <source>&amp;Kind of case:</source>
        <translation>案件类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Accepted on:</source>
        <translation>受理日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>下一步骤：%1</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>步骤(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>%1: %2 accepted</source>
        <translation>%1：%2 受理</translation>
    </message>
    <message>
        <source>%1: %2 — %3 (%4)</source>
        <translation>%1：%2 — %3（%4）</translation>
    </message>
    <message>
        <source>%1: determination for %2 — %3, %4 a month</source>
        <translation>%1：%2 评估 — %3，每月 %4</translation>
    </message>
    <message>
        <source>investigators %1; found: %2; present: %3; signed by the family</source>
        <translation>调查人员：%1；发现：%2；在场：%3；家庭已签字</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: reserve fund payment %2 reversed (%3)</source>
        <translation>%1：备用金支出 %2 已冲销（%3）</translation>
    </message>
    <message>
        <source>%1: reserve fund payment %2, %3 — %4</source>
        <translation>%1：备用金支出 %2，%3 — %4</translation>
    </message>
    <message>
        <source>The household&apos;s file, oldest first (cases, visits, determinations, payments):</source>
        <translation>家庭档案，按时间先后（案件、入户调查、核算结果、备用金支出）：</translation>
    </message>
    <message>
        <source>&amp;Papers</source>
        <translation>文书(&amp;P)</translation>
    </message>
    <message>
        <source>Home visit form, blank…</source>
        <translation>入户调查表（空白）…</translation>
    </message>
    <message>
        <source>Home visit form, as recorded…</source>
        <translation>入户调查表（本案记录）…</translation>
    </message>
    <message>
        <source>Authorisation to check…</source>
        <translation>家庭经济状况核对授权书…</translation>
    </message>
    <message>
        <source>Notice of refusal…</source>
        <translation>不予批准通知书…</translation>
    </message>
    <message>
        <source>Case papers</source>
        <translation>案件文书</translation>
    </message>
    <message>
        <source>Materials still needed (一次性告知)…</source>
        <translation>一次性告知书…</translation>
    </message>
    <message>
        <source>Decided by the township (delegated: 20 working days)</source>
        <translation>由乡镇审核确认（权限下放，20 个工作日）</translation>
    </message>
    <message>
        <source>A member is a near relative of a case worker or village official (近亲属备案)</source>
        <translation>家庭成员为经办人员或村干部近亲属（近亲属备案）</translation>
    </message>
    <message>
        <source>Materials handed in:</source>
        <translation>已提交材料：</translation>
    </message>
    <message numerus="yes">
        <source>gradual exit, %n month(s) to %1</source>
        <translation>
            <numerusform>渐退 %n 个月，至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: from %2, %3 a month approved (%4)</source>
        <translation>%1：核定自%2起每月 %3（%4）</translation>
    </message>
    <message>
        <source>%1: no monthly payment from %2</source>
        <translation>%1：自%2起停发</translation>
    </message>
    <message>
        <source>%1: payment %2, %3 — %4</source>
        <translation>%1：发放批次 %2，%3 — %4</translation>
    </message>
    <message>
        <source>Record a home &amp;visit…</source>
        <translation>记录入户调查(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>Doudi::CityAllocationDialog</name>
    <message>
        <source>Reserve fund for a township</source>
        <translation>下达乡镇备用金</translation>
    </message>
    <message>
        <source>Yearly quota (额度)</source>
        <translation>年度额度</translation>
    </message>
    <message>
        <source>Advance against the quota (预拨)</source>
        <translation>预拨资金</translation>
    </message>
    <message>
        <source>Replenishment (补充)</source>
        <translation>补充资金</translation>
    </message>
    <message>
        <source>yuan, e.g. 50000.00</source>
        <translation>单位：元，如 50000.00</translation>
    </message>
    <message>
        <source>the approval document or the voucher number</source>
        <translation>批准文件或凭证号</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Amount (元):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文件或凭证(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::CityAllocations</name>
    <message>
        <source>%1 is not a township enrolled here</source>
        <translation>%1 不是在本市局登记的乡镇</translation>
    </message>
    <message>
        <source>must be quota, allocation or replenishment</source>
        <translation>应为 quota（额度）、allocation（预拨）或 replenishment（补充）</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>应大于零</translation>
    </message>
    <message>
        <source>name the approval document or the voucher</source>
        <translation>请写明批准文件或凭证号</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>应为日期，格式 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Cannot record the allocation: %1</source>
        <translation>无法记录备用金下达：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::CityDecisions</name>
    <message>
        <source>Cannot read the city&apos;s decisions: %1</source>
        <translation>无法读取市局的审批决定：%1</translation>
    </message>
    <message>
        <source>Cases are decided here at the township; the city decides in its own database.</source>
        <translation>本库是乡镇库，案件在乡镇办理；市局在市局数据库中审批。</translation>
    </message>
    <message>
        <source>a refusal needs its reason, for the written notice</source>
        <translation>不予批准须写明理由，用于书面通知</translation>
    </message>
    <message>
        <source>The case %1 is not awaiting the city&apos;s decision (not submitted by a township, or decided already).</source>
        <translation>案件 %1 不在待市局审批之列（乡镇未报送，或已审批）。</translation>
    </message>
    <message>
        <source>The case %1 was decided already; the decision travels with the next package.</source>
        <translation>案件 %1 已审批，决定将随下一个数据包发回乡镇。</translation>
    </message>
    <message>
        <source>the township changed the case after submitting it</source>
        <translation>乡镇在报送后修改了该案件</translation>
    </message>
</context>
<context>
    <name>Doudi::CityIntake</name>
    <message>
        <source>Cannot store the township&apos;s records: %1</source>
        <translation>无法保存乡镇的记录：%1</translation>
    </message>
    <message>
        <source>The package carries “%1” records, which a township does not own: it is refused.</source>
        <translation>数据包中含有乡镇无权发送的“%1”记录，已拒绝导入。</translation>
    </message>
    <message>
        <source>The package from %1 carries a “%2” record (%3) that is not its own or whose key does not match its contents: the package is refused.</source>
        <translation>来自%1的同步包中有一条“%2”记录（%3）不属于该乡镇，或其键与内容不符：拒收整个同步包。</translation>
    </message>
    <message>
        <source>The package from %1 carries a case (%2) of a household that is not its own: the package is refused.</source>
        <translation>来自%1的同步包中有一个案件（%2）所属家庭不是该乡镇的：拒收整个同步包。</translation>
    </message>
</context>
<context>
    <name>Doudi::CityPanel</name>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批决定</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>With help</source>
        <translation>在保户数</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Monthly (yuan)</source>
        <translation>月保障金（元）</translation>
    </message>
    <message>
        <source>Fund paid (yuan)</source>
        <translation>备用金支出（元）</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>最近数据包</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Townships and households</source>
        <translation>所在乡镇与家庭</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>不予批准(&amp;R)…</translation>
    </message>
    <message>
        <source>A member&apos;s name, or part of it — Enter searches every township</source>
        <translation>输入成员姓名或其中几个字，按回车在全市各乡镇中查询</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>各乡镇</translation>
    </message>
    <message>
        <source>In two townships</source>
        <translation>跨乡镇重复人员</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>approved, to send</source>
        <translation>已批准，待发回</translation>
    </message>
    <message>
        <source>refused, to send</source>
        <translation>不予批准，待发回</translation>
    </message>
    <message>
        <source>City total</source>
        <translation>全市合计</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>The reason, as the written refusal notice will give it:</source>
        <translation>理由（将写入不予批准书面通知）：</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Route &amp;signals from data matching…</source>
        <translation>分发数据比对预警信息(&amp;S)…</translation>
    </message>
    <message>
        <source>Reserve &amp;fund for a township…</source>
        <translation>下达乡镇备用金(&amp;F)…</translation>
    </message>
    <message>
        <source>Reserve fund</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Recorded; it goes to the township in its next package.</source>
        <translation>已记录，将随下一个数据包发往该乡镇。</translation>
    </message>
    <message>
        <source>Signals from data matching</source>
        <translation>数据比对预警信息</translation>
    </message>
    <message>
        <source>Signals (*.json *.csv);;All files (*)</source>
        <translation>预警信息 (*.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>预警信息</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 signal(s) go to the townships with their next packages; %2 concern nobody in any township&apos;s records.</source>
        <translation>%1 条预警信息将随下一个数据包发往所在乡镇；%2 条在各乡镇记录中查无此人。</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Other programs (yuan)</source>
        <translation>其他救助项目（元/月）</translation>
    </message>
</context>
<context>
    <name>Doudi::CityProjections</name>
    <message>
        <source>Cannot update the city&apos;s tables: %1</source>
        <translation>无法更新市局的汇总表：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::CityReports</name>
    <message>
        <source>Cannot read the townships&apos; records: %1</source>
        <translation>无法读取各乡镇的记录：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::CitySignals</name>
    <message>
        <source>Cannot store the signals: %1</source>
        <translation>无法保存预警信息：%1</translation>
    </message>
    <message>
        <source>Signals are routed to townships at the city; a township imports its own with “signal import”.</source>
        <translation>预警信息由市局分发给各乡镇；乡镇自行导入请用“signal import”。</translation>
    </message>
</context>
<context>
    <name>Doudi::Cli::CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>必须提供选项 --%1。</translation>
    </message>
    <message>
        <source>The database file (default: the desktop app&apos;s).</source>
        <translation>数据库文件（默认为桌面程序使用的数据库）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Act as this user.</source>
        <translation>以此用户身份操作。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Run with --help for the usage.</source>
        <translation>使用 --help 查看用法。</translation>
    </message>
    <message>
        <source>How many households to add.</source>
        <translation>要添加的户数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>The random seed (default 1).</source>
        <translation>随机种子（默认为 1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Creates or fills a demo township database.</source>
        <translation>创建或填充演示乡镇数据库。</translation>
    </message>
    <message>
        <source>--households must be a whole number of 0 or more.</source>
        <translation>--households 必须是不小于 0 的整数。</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed 必须是整数。</translation>
    </message>
    <message>
        <source>%1 of %2 households</source>
        <translation>已生成 %1 / %2 户</translation>
    </message>
    <message>
        <source>Added %1 households in %2 s.</source>
        <translation>已添加 %1 户，用时 %2 秒。</translation>
    </message>
    <message>
        <source>Only this village (12-digit code).</source>
        <translation>只列出该村（12 位代码）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Lists households.</source>
        <translation>列出家庭户。</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>共 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>The village of households whose document names none (12-digit code).</source>
        <translation>文件中未注明村时使用的村（12 位代码）。</translation>
    </message>
    <message>
        <source>doudi-household/1 documents.</source>
        <translation>doudi-household/1 格式的文件。</translation>
    </message>
    <message>
        <source>Adds households, all or nothing.</source>
        <translation>添加家庭户，全部成功或全部不添加。</translation>
    </message>
    <message>
        <source>Name exactly one JSON file to import.</source>
        <translation>请指定且只指定一个要导入的 JSON 文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n household(s).</source>
        <translation>
            <numerusform>已导入 %n 户。</numerusform>
        </translation>
    </message>
    <message>
        <source>The household&apos;s id.</source>
        <translation>家庭户编号。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Prints one household as doudi-household/1.</source>
        <translation>以 doudi-household/1 格式输出一户。</translation>
    </message>
    <message>
        <source>Summarises a database: site, villages, households.</source>
        <translation>概述数据库：站点、村、家庭户。</translation>
    </message>
    <message>
        <source>Site: %1 %2</source>
        <translation>站点：%1 %2</translation>
    </message>
    <message>
        <source>Villages: %1</source>
        <translation>村（社区）：%1 个</translation>
    </message>
    <message>
        <source>Households: %1, persons: %2</source>
        <translation>家庭户：%1 户，人口：%2 人</translation>
    </message>
    <message>
        <source>Print the demo database&apos;s path.</source>
        <translation>输出演示数据库的路径。</translation>
    </message>
    <message>
        <source>Prints where Doudi keeps its files.</source>
        <translation>显示兜底保存文件的位置。</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <source>Default database: %1</source>
        <translation>默认数据库：%1</translation>
    </message>
    <message>
        <source>Demo database: %1</source>
        <translation>演示数据库：%1</translation>
    </message>
    <message>
        <source>township or city.</source>
        <translation>township（乡镇）或 city（市）。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>The site&apos;s region code (9 digits for a township, 6 for a city).</source>
        <translation>站点的区划代码（乡镇 9 位，市 6 位）。</translation>
    </message>
    <message>
        <source>Creates a database for one site.</source>
        <translation>为一个站点创建数据库。</translation>
    </message>
    <message>
        <source>--kind must be township or city.</source>
        <translation>--kind 必须是 township 或 city。</translation>
    </message>
    <message>
        <source>Create a database for one site.</source>
        <translation>为一个站点创建数据库。</translation>
    </message>
    <message>
        <source>Create or fill a demo township database.</source>
        <translation>创建或填充演示乡镇数据库。</translation>
    </message>
    <message>
        <source>List, import or export households (list|import|export).</source>
        <translation>列出、导入或导出家庭户（list|import|export）。</translation>
    </message>
    <message>
        <source>Summarise a database.</source>
        <translation>概述数据库。</translation>
    </message>
    <message>
        <source>Show where Doudi keeps its files.</source>
        <translation>显示兜底保存文件的位置。</translation>
    </message>
    <message>
        <source>Usage: doudi-cli COMMAND [SUBCOMMAND] [--flags] [ARGS]</source>
        <translation>用法：doudi-cli 命令 [子命令] [--选项] [参数]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run “doudi-cli COMMAND --help” for a command&apos;s flags.</source>
        <translation>运行“doudi-cli 命令 --help”查看该命令的选项。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>A doudi-policy/1 document.</source>
        <translation>doudi-policy/1 格式的政策文件。</translation>
    </message>
    <message>
        <source>A doudi-household/1 document.</source>
        <translation>doudi-household/1 格式的家庭户文件。</translation>
    </message>
    <message>
        <source>The month to evaluate (default: this month).</source>
        <translation>评估月份（默认为本月）。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>年-月，如 2025-03</translation>
    </message>
    <message>
        <source>Prints the determination of one household.</source>
        <translation>输出一户的评估结果。</translation>
    </message>
    <message>
        <source>--month must be a month written YYYY-MM.</source>
        <translation>--month 必须是 YYYY-MM 格式的月份。</translation>
    </message>
    <message>
        <source>the policy %1 takes effect on %2, after %3</source>
        <translation>政策 %1 自 %2 起执行，晚于 %3</translation>
    </message>
    <message>
        <source>Adds a policy; policies are never overwritten.</source>
        <translation>添加一项政策；政策从不被覆盖。</translation>
    </message>
    <message>
        <source>Policy %1 (%2), in force from %3, is stored.</source>
        <translation>政策 %1（%2），自 %3 起执行，已保存。</translation>
    </message>
    <message>
        <source>Re-evaluates every household under the policy in force and saves the determinations, all or nothing.</source>
        <translation>按适用政策重新评估全部家庭户并保存评估结果，全部成功或全部不保存。</translation>
    </message>
    <message>
        <source>Evaluated and saved %1 households in %2 s.</source>
        <translation>已评估并保存 %1 户，用时 %2 秒。</translation>
    </message>
    <message>
        <source>Evaluate one household under a policy (no database needed).</source>
        <translation>按政策评估一户（无需数据库）。</translation>
    </message>
    <message>
        <source>Re-evaluate every household of a database and save the results.</source>
        <translation>重新评估数据库中全部家庭户并保存结果。</translation>
    </message>
    <message>
        <source>Import a policy (import).</source>
        <translation>导入政策（import）。</translation>
    </message>
    <message>
        <source>Usage: %1 [--help]</source>
        <translation>用法：%1 [--help]</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2.</source>
        <translation>%1 需要子命令：%2。</translation>
    </message>
    <message>
        <source>Unknown %1 subcommand “%2”.</source>
        <translation>未知的 %1 子命令“%2”。</translation>
    </message>
    <message>
        <source>Recomputes the audit chain and compares the data with it; status 1 and one line per finding when something was tampered with.</source>
        <translation>重新计算审计链并核对数据；发现篡改时退出状态为 1，每项发现一行。</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries, %2 records match it.</source>
        <translation>审计记录完整：共 %1 条，%2 项数据与之一致。</translation>
    </message>
    <message>
        <source>Only the entries of this record.</source>
        <translation>只列出该记录的审计条目。</translation>
    </message>
    <message>
        <source>Only the newest N entries.</source>
        <translation>只列出最近 N 条。</translation>
    </message>
    <message>
        <source>Lists audit entries, oldest first.</source>
        <translation>列出审计记录，按时间先后。</translation>
    </message>
    <message>
        <source>Set %1 or run on a terminal to be asked for the password.</source>
        <translation>请设置 %1，或在终端中运行以便输入密码。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>管理员 %1 的密码：</translation>
    </message>
    <message>
        <source>no password was given</source>
        <translation>未提供密码</translation>
    </message>
    <message>
        <source>The new user&apos;s login name.</source>
        <translation>新用户的登录名。</translation>
    </message>
    <message>
        <source>The name people read.</source>
        <translation>显示的姓名。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>admin, clerk, supervisor, cadre or auditor.</source>
        <translation>admin、clerk、supervisor、cadre 或 auditor。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>A cadre&apos;s village (12-digit code).</source>
        <translation>村干部所在的村（12 位代码）。</translation>
    </message>
    <message>
        <source>Adds a user; the password comes from DOUDI_NEW_PASSWORD or a prompt.</source>
        <translation>添加用户；密码取自 DOUDI_NEW_PASSWORD 或提示输入。</translation>
    </message>
    <message>
        <source>--role must be admin, clerk, supervisor, cadre or auditor.</source>
        <translation>--role 必须是 admin、clerk、supervisor、cadre 或 auditor。</translation>
    </message>
    <message>
        <source>The user %1 (%2) is added.</source>
        <translation>已添加用户 %1（%2）。</translation>
    </message>
    <message>
        <source>Lists the users.</source>
        <translation>列出用户。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>The user&apos;s login name.</source>
        <translation>用户的登录名。</translation>
    </message>
    <message>
        <source>Why, for the audit trail.</source>
        <translation>原因（记入审计记录）。</translation>
    </message>
    <message>
        <source>Disables a user: they can no longer log in.</source>
        <translation>停用用户：该用户将无法登录。</translation>
    </message>
    <message>
        <source>Enables a disabled user again.</source>
        <translation>重新启用已停用的用户。</translation>
    </message>
    <message>
        <source>Whose password (default: your own).</source>
        <translation>修改谁的密码（默认为自己）。</translation>
    </message>
    <message>
        <source>Changes a password; the new one comes from DOUDI_NEW_PASSWORD or a prompt.</source>
        <translation>修改密码；新密码取自 DOUDI_NEW_PASSWORD 或提示输入。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Manage users (add|list|disable|enable|passwd).</source>
        <translation>管理用户（add|list|disable|enable|passwd）。</translation>
    </message>
    <message>
        <source>Verify or list the audit trail (verify|list).</source>
        <translation>核验或列出审计记录（verify|list）。</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD.</source>
        <translation>--date 必须是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>The day it happened (default: today).</source>
        <translation>发生日期（默认为今天）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Decisions are delegated to the township.</source>
        <translation>审核确认权限已下放到乡镇。</translation>
    </message>
    <message>
        <source>A member is a near relative of a case worker or village official.</source>
        <translation>家庭成员是经办人员或村干部的近亲属。</translation>
    </message>
    <message>
        <source>Opens a case and prints its id.</source>
        <translation>建立案件并输出其编号。</translation>
    </message>
    <message>
        <source>The case&apos;s id.</source>
        <translation>案件编号。</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>What to keep with the step.</source>
        <translation>随该步骤保存的说明。</translation>
    </message>
    <message>
        <source>Takes a case one step further.</source>
        <translation>推进案件的一个步骤。</translation>
    </message>
    <message>
        <source>Shows a case: its state, history and time limits.</source>
        <translation>显示案件：状态、经过和时限。</translation>
    </message>
    <message>
        <source>Only cases in this state.</source>
        <translation>只列出处于该状态的案件。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Only cases past a time limit.</source>
        <translation>只列出已超过时限的案件。</translation>
    </message>
    <message>
        <source>Lists cases.</source>
        <translation>列出案件。</translation>
    </message>
    <message>
        <source>{&quot;year&quot;: 2025, &quot;holidays&quot;: […], &quot;workdays&quot;: […]}</source>
        <translation>{&quot;year&quot;: 2025, &quot;holidays&quot;: […], &quot;workdays&quot;: […]}</translation>
    </message>
    <message>
        <source>Imports a year&apos;s holidays and working weekend days.</source>
        <translation>导入一年的节假日和调休上班日。</translation>
    </message>
    <message>
        <source>Open, advance, show or list cases.</source>
        <translation>建立、推进、查看或列出案件。</translation>
    </message>
    <message>
        <source>Signals as a JSON list or CSV.</source>
        <translation>监测预警信息，JSON 列表或 CSV 格式。</translation>
    </message>
    <message>
        <source>Imports monitoring signals, all or nothing; each becomes a task for the household it matches.</source>
        <translation>导入监测预警信息，全部成功或全部不导入；每条信息成为所匹配家庭户的待办任务。</translation>
    </message>
    <message>
        <source>Only the tasks not yet closed.</source>
        <translation>只列出尚未办结的任务。</translation>
    </message>
    <message>
        <source>Lists monitoring signals and their tasks.</source>
        <translation>列出监测预警信息及其任务。</translation>
    </message>
    <message>
        <source>Import or list monitoring signals.</source>
        <translation>导入或列出监测预警信息。</translation>
    </message>
    <message>
        <source>Names, separated by commas (two or more).</source>
        <translation>调查人员姓名，用逗号分隔（至少两名）。</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>What the visit found.</source>
        <translation>调查发现的情况。</translation>
    </message>
    <message>
        <source>Who of the family was there.</source>
        <translation>在场的家庭成员。</translation>
    </message>
    <message>
        <source>The family signed the record.</source>
        <translation>家庭已在记录上签字。</translation>
    </message>
    <message>
        <source>The city&apos;s own visit.</source>
        <translation>市级入户调查。</translation>
    </message>
    <message>
        <source>Records a home visit of a case.</source>
        <translation>记录案件的入户调查。</translation>
    </message>
    <message>
        <source>The amount in fen (1 元 = 100 fen).</source>
        <translation>金额，单位为分（1 元 = 100 分）。</translation>
    </message>
    <message>
        <source>must be a whole number of fen, such as 50000 for 500 元</source>
        <translation>必须是以分为单位的整数，例如 500 元写作 50000</translation>
    </message>
    <message>
        <source>--year must be a year such as 2025.</source>
        <translation>--year 必须是年份，例如 2025。</translation>
    </message>
    <message>
        <source>Warning: the fund&apos;s balance of %1 is below %2 % of the quota of %3; ask the city to replenish it.</source>
        <translation>注意：备用金余额 %1 已低于年度额度 %3 的 %2%，请向市局申请补充。</translation>
    </message>
    <message>
        <source>The year of the quota.</source>
        <translation>额度所属年度。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>The document that approved it.</source>
        <translation>批准文件。</translation>
    </message>
    <message>
        <source>Records the year&apos;s quota the city approved.</source>
        <translation>登记市局核定的年度备用金额度。</translation>
    </message>
    <message>
        <source>The city&apos;s voucher number.</source>
        <translation>市局拨款凭证号。</translation>
    </message>
    <message>
        <source>V</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Money that refills what was paid (补充), not an advance against the quota.</source>
        <translation>补充已支出的资金（补充），而非按额度预拨。</translation>
    </message>
    <message>
        <source>Records money received from the city; prints its id.</source>
        <translation>登记市局拨入的资金，并输出记录编号。</translation>
    </message>
    <message>
        <source>emergency (急难型) or expenditure (支出型).</source>
        <translation>emergency（急难型）或 expenditure（支出型）。</translation>
    </message>
    <message>
        <source>What the help is for.</source>
        <translation>救助事由。</translation>
    </message>
    <message>
        <source>cash, bank or in_kind.</source>
        <translation>cash（现金）、bank（银行转账）或 in_kind（实物）。</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>The collective decision (一事一议) that approved a payment above the cap.</source>
        <translation>超过上限时批准该笔支出的集体决策（一事一议）文号。</translation>
    </message>
    <message>
        <source>The temporary-assistance case it belongs to.</source>
        <translation>所属的临时救助案件。</translation>
    </message>
    <message>
        <source>Who receives it (default: the head of household).</source>
        <translation>领款人（默认为户主）。</translation>
    </message>
    <message>
        <source>The supervisor who approves a payment above the township limit (password from DOUDI_APPROVER_PASSWORD).</source>
        <translation>审批超过乡镇审批额度支出的主管（密码取自 DOUDI_APPROVER_PASSWORD）。</translation>
    </message>
    <message>
        <source>Why a second payment for the same reason this year is allowed (with --approver).</source>
        <translation>同一事由本年度再次救助的理由（需同时提供 --approver）。</translation>
    </message>
    <message>
        <source>Pays from the reserve fund; prints the payment&apos;s id.</source>
        <translation>从备用金中支出，并输出支出编号。</translation>
    </message>
    <message>
        <source>The id of the payment (or allocation) to reverse.</source>
        <translation>要冲销的支出（或拨款）编号。</translation>
    </message>
    <message>
        <source>Why it is reversed.</source>
        <translation>冲销原因。</translation>
    </message>
    <message>
        <source>Reverses an entry; prints the reversal&apos;s id.</source>
        <translation>冲销一条记录，并输出冲销记录编号。</translation>
    </message>
    <message>
        <source>The payment&apos;s id.</source>
        <translation>支出编号。</translation>
    </message>
    <message>
        <source>What was handed in.</source>
        <translation>补交了哪些材料。</translation>
    </message>
    <message>
        <source>Records that a payment&apos;s paperwork was handed in.</source>
        <translation>登记一笔支出已补办手续。</translation>
    </message>
    <message>
        <source>The year (default: this year).</source>
        <translation>年度（默认为本年度）。</translation>
    </message>
    <message>
        <source>Shows where the fund stands.</source>
        <translation>显示备用金收支情况。</translation>
    </message>
    <message>
        <source>Reserve fund %1%2</source>
        <translation>备用金 %1 年度%2</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation>（已结账）</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>年度额度</translation>
    </message>
    <message>
        <source>Carried in</source>
        <translation>上年结转</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>拨入</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>缴回</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>The month.</source>
        <translation>月份。</translation>
    </message>
    <message>
        <source>Prints the month&apos;s reconciliation statement (报账).</source>
        <translation>输出当月备用金报账单。</translation>
    </message>
    <message>
        <source>The year to close.</source>
        <translation>要结账的年度。</translation>
    </message>
    <message>
        <source>Give the balance back to the city instead of carrying it forward.</source>
        <translation>将余额缴回市局，而不是结转下年。</translation>
    </message>
    <message>
        <source>Closes the fund&apos;s year.</source>
        <translation>备用金年终结账。</translation>
    </message>
    <message>
        <source>Only this year.</source>
        <translation>只列出该年度。</translation>
    </message>
    <message>
        <source>Prints the ledger as JSON, with the running balance.</source>
        <translation>以 JSON 输出备用金台账及逐笔余额。</translation>
    </message>
    <message>
        <source>The reserve fund (quota|allocate|pay|reverse|paperwork|balance|reconcile|close-year|list).</source>
        <translation>备用金（quota|allocate|pay|reverse|paperwork|balance|reconcile|close-year|list）。</translation>
    </message>
    <message>
        <source>What a clerk may pay from the reserve fund alone, in fen (default: the township&apos;s limit).</source>
        <translation>经办人可自行审批的备用金支出额度，单位为分（默认为乡镇审批额度）。</translation>
    </message>
    <message>
        <source>must be a whole number of fen, 0 or more</source>
        <translation>必须是不小于 0 的整数（单位：分）</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .xlsx or .csv.</source>
        <translation>输出文件：.pdf、.xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>Writes a roster: a public notice, a payment roster, the monthly statistics or the reserve fund&apos;s statement.</source>
        <translation>输出名册：公示名单、发放花名册、月度统计或备用金报账单。</translation>
    </message>
    <message>
        <source>--kind must be one of %1.</source>
        <translation>--kind 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>The roster is empty for %1; the file says so.</source>
        <translation>%1 的名册没有数据，文件中已注明。</translation>
    </message>
    <message>
        <source>Write a roster (notice, payment, stats, fund) to PDF, XLSX or CSV.</source>
        <translation>输出名册（公示、发放、统计、备用金）为 PDF、XLSX 或 CSV。</translation>
    </message>
    <message>
        <source>The materials handed in, separated by commas: %1.</source>
        <translation>已提交的材料，用逗号分隔：%1。</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Shows this site and the fingerprint of its keys.</source>
        <translation>显示本站点及其密钥指纹。</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>密钥指纹：%1</translation>
    </message>
    <message>
        <source>The township&apos;s 9-digit code.</source>
        <translation>乡镇的 9 位代码。</translation>
    </message>
    <message>
        <source>The township&apos;s name.</source>
        <translation>乡镇名称。</translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation>要写入的数据包文件。</translation>
    </message>
    <message>
        <source>At the city: writes the enrolment package for a township and prints the fingerprint to read out to it.</source>
        <translation>在市局：为乡镇生成注册数据包，并输出需向乡镇宣读核对的密钥指纹。</translation>
    </message>
    <message>
        <source>The sender&apos;s key fingerprint, as a person confirmed it.</source>
        <translation>经人工核对的发送方密钥指纹。</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>The package file.</source>
        <translation>数据包文件。</translation>
    </message>
    <message>
        <source>Imports a package; all of it or nothing.</source>
        <translation>导入数据包：全部导入或全部不导入。</translation>
    </message>
    <message>
        <source>Enrolled with %1 (%2).</source>
        <translation>已与 %1 完成注册（%2）。</translation>
    </message>
    <message>
        <source>The submitted case.</source>
        <translation>报送的案件。</translation>
    </message>
    <message>
        <source>Approve it.</source>
        <translation>批准。</translation>
    </message>
    <message>
        <source>Refuse it.</source>
        <translation>不予批准。</translation>
    </message>
    <message>
        <source>Why (required for a refusal: the written notice).</source>
        <translation>理由（不予批准时必填，用于书面通知）。</translation>
    </message>
    <message>
        <source>Decides a case a township submitted; the decision goes back in the next package.</source>
        <translation>审批乡镇报送的案件；决定随下一个数据包发回。</translation>
    </message>
    <message>
        <source>Give --approve or --refuse.</source>
        <translation>请给出 --approve 或 --refuse。</translation>
    </message>
    <message>
        <source>Lists the cases awaiting the city&apos;s decision.</source>
        <translation>列出待市局审批的案件。</translation>
    </message>
    <message>
        <source>Lists persons who are members in two townships or more.</source>
        <translation>列出在两个及以上乡镇登记的人员。</translation>
    </message>
    <message>
        <source>City-wide statistics per township.</source>
        <translation>按乡镇列出全市统计。</translation>
    </message>
    <message>
        <source>Part of a member&apos;s name.</source>
        <translation>成员姓名（可只输部分）。</translation>
    </message>
    <message>
        <source>Searches all townships&apos; households (read-only).</source>
        <translation>查询全市各乡镇的家庭（只读）。</translation>
    </message>
    <message>
        <source>Package %1 from %2 is missing: this one (%3) is kept and applied when it arrives.</source>
        <translation>缺少%2的第 %1 号数据包：本包（第 %3 号）已暂存，待缺少的包导入后自动应用。</translation>
    </message>
    <message>
        <source>Package %1 from %2 was imported before; nothing changed.</source>
        <translation>%2的第 %1 号数据包此前已导入，未作任何改动。</translation>
    </message>
    <message>
        <source>Package %1 from %2 imported; %3 conflicts to decide.</source>
        <translation>%2的第 %1 号数据包已导入；%3 条冲突待处理。</translation>
    </message>
    <message>
        <source>The site the package is for (a township&apos;s city by default).</source>
        <translation>数据包的接收方（乡镇默认为所属市局）。</translation>
    </message>
    <message>
        <source>Send everything: a re-baseline the city must accept.</source>
        <translation>发送全部数据：全量重建基线，须市局确认接受。</translation>
    </message>
    <message>
        <source>Writes the next package: everything the other side has not acknowledged yet.</source>
        <translation>写出下一个数据包：对方尚未确认收到的全部内容。</translation>
    </message>
    <message>
        <source>Package %1 for %2 written (%3 bytes).</source>
        <translation>发往 %2 的第 %1 号数据包已写出（%3 字节）。</translation>
    </message>
    <message>
        <source>Include the conflicts already resolved.</source>
        <translation>包括已处理的冲突。</translation>
    </message>
    <message>
        <source>Lists the records changed on both sides.</source>
        <translation>列出双方都修改过的记录。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>The conflict&apos;s number.</source>
        <translation>冲突编号。</translation>
    </message>
    <message>
        <source>local or incoming: the version to keep.</source>
        <translation>local 或 incoming：保留哪一方的版本。</translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation>一方</translation>
    </message>
    <message>
        <source>Decides a conflict.</source>
        <translation>处理一条冲突。</translation>
    </message>
    <message>
        <source>At the city: accept a township&apos;s full re-baseline (it replaces everything held from it).</source>
        <translation>市局：接受乡镇的全量重建基线（替换此前收到的该乡镇全部数据）。</translation>
    </message>
    <message>
        <source>Apply a later package over a lost one (it repeats everything since).</source>
        <translation>越过丢失的数据包应用后一个包（后一个包包含此后的全部内容）。</translation>
    </message>
    <message>
        <source>Check and show what would change; change nothing.</source>
        <translation>只检查并显示将改动的内容，不作改动。</translation>
    </message>
    <message>
        <source>Sync packages (status|enroll|export|import|conflicts|resolve).</source>
        <translation>同步数据包（status|enroll|export|import|conflicts|resolve）。</translation>
    </message>
    <message>
        <source>Signals as JSON or CSV (as signal import).</source>
        <translation>预警信息文件，JSON 或 CSV（格式同 signal import）。</translation>
    </message>
    <message>
        <source>Routes data-matching signals to the townships where the persons are members; they go out in the next packages.</source>
        <translation>将数据比对预警信息分发到当事人所在乡镇；随下一个数据包发出。</translation>
    </message>
    <message>
        <source>The township&apos;s code.</source>
        <translation>乡镇代码。</translation>
    </message>
    <message>
        <source>quota, allocation or replenishment.</source>
        <translation>quota（额度）、allocation（预拨）或 replenishment（补充）。</translation>
    </message>
    <message>
        <source>The year (a quota&apos;s; else the date&apos;s).</source>
        <translation>年度（额度所属年度；其他按日期所在年度）。</translation>
    </message>
    <message>
        <source>The approval document or the voucher.</source>
        <translation>批准文件或凭证号。</translation>
    </message>
    <message>
        <source>Records a township&apos;s reserve-fund quota or money sent to it; it goes out in the next package.</source>
        <translation>记录乡镇的备用金额度或下拨资金；随下一个数据包发出。</translation>
    </message>
    <message>
        <source>At the city (decide|awaiting|duplicates|report|search|signals|allocate).</source>
        <translation>市局功能（decide|awaiting|duplicates|report|search|signals|allocate）。</translation>
    </message>
    <message>
        <source>Lists each year&apos;s working-day calendar and where it came from.</source>
        <translation>列出各年度工作日历及其来源。</translation>
    </message>
    <message>
        <source>built into Doudi</source>
        <translation>兜底内置</translation>
    </message>
    <message>
        <source>from the city</source>
        <translation>市局下发</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>手工导入</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>节假日 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working weekend day(s)</source>
        <translation>
            <numerusform>调休上班 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>The site&apos;s name (default: the official name of the code).</source>
        <translation>站点名称（默认取区划代码的正式名称）。</translation>
    </message>
    <message>
        <source>%1 is not in the official list of 2023; give the site&apos;s name with --name.</source>
        <translation>%1 不在 2023 年统计用区划代码中；请用 --name 写明站点名称。</translation>
    </message>
    <message>
        <source>Warning: %1 is not a township in the official list of 2023; it starts with no villages (add them with “doudi-cli village add”).</source>
        <translation>注意：%1 不是 2023 年区划代码中的乡镇，暂无村（社区），请用“doudi-cli village add”添加。</translation>
    </message>
    <message>
        <source>Warning: the built-in list has no villages for %1 %2; add them with “doudi-cli village add” or “village import”.</source>
        <translation>注意：内置区划代码中没有 %1 %2 的村（社区），请用“doudi-cli village add”或“village import”添加。</translation>
    </message>
    <message>
        <source>Warning: %1 is not in the official list of 2023.</source>
        <translation>注意：%1 不在 2023 年统计用区划代码中。</translation>
    </message>
    <message numerus="yes">
        <source>Created %1: %2 %3, %n village(s).</source>
        <translation>
            <numerusform>已创建 %1：%2 %3，共 %n 个村（社区）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The village&apos;s 12-digit code.</source>
        <translation>村（社区）的 12 位代码。</translation>
    </message>
    <message>
        <source>The village&apos;s name.</source>
        <translation>村（社区）名称。</translation>
    </message>
    <message>
        <source>Lists the township&apos;s villages.</source>
        <translation>列出本乡镇的村（社区）。</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>已并入 %1</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>urban</source>
        <translation>城镇</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>A residents&apos; committee (社区): its households live in town.</source>
        <translation>居民委员会（社区）：其住户按城镇计。</translation>
    </message>
    <message>
        <source>Adds a village or residents&apos; committee.</source>
        <translation>添加村民委员会或居民委员会。</translation>
    </message>
    <message>
        <source>The village %1 %2 is added.</source>
        <translation>已添加村（社区）%1 %2。</translation>
    </message>
    <message>
        <source>Renames a village.</source>
        <translation>修改村（社区）名称。</translation>
    </message>
    <message>
        <source>Retires a village that no longer exists (refused while households live there).</source>
        <translation>撤销已不存在的村（社区）（仍有住户时不能撤销）。</translation>
    </message>
    <message>
        <source>Merges a village into another (合村并居): its households and cadres move, in one step.</source>
        <translation>将村（社区）并入另一个（合村并居）：其住户和村干部一并迁入。</translation>
    </message>
    <message>
        <source>The village that merges (12 digits).</source>
        <translation>被合并的村（社区）（12 位代码）。</translation>
    </message>
    <message>
        <source>The village it merges into.</source>
        <translation>并入的村（社区）。</translation>
    </message>
    <message>
        <source>The village %1 is merged into %2.</source>
        <translation>村（社区）%1 已并入 %2。</translation>
    </message>
    <message>
        <source>A CSV file: code,name[,urban].</source>
        <translation>CSV 文件：代码,名称[,城镇]。</translation>
    </message>
    <message>
        <source>Adds the villages of a CSV file, all or none.</source>
        <translation>导入 CSV 文件中的村（社区），全部成功或全部不导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n village(s) added.</source>
        <translation>
            <numerusform>已添加 %n 个村（社区）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The working-day calendars (import|list).</source>
        <translation>工作日历（import|list）。</translation>
    </message>
    <message>
        <source>The township&apos;s villages (list|add|rename|retire|merge|import).</source>
        <translation>本乡镇的村（社区）（list|add|rename|retire|merge|import）。</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>第 %1 行 %2 列：%3</translation>
    </message>
    <message>
        <source>The sheet to read (default: the first).</source>
        <translation>要读取的工作表（默认第一个）。</translation>
    </message>
    <message>
        <source>What the roster&apos;s columns are (doudi-sheet-mapping/1), e.g. saved by the desktop.</source>
        <translation>花名册各列的对应关系（doudi-sheet-mapping/1），如在桌面程序中保存的。</translation>
    </message>
    <message>
        <source>MAP.json</source>
        <translation>MAP.json</translation>
    </message>
    <message>
        <source>Check and report; import nothing.</source>
        <translation>只检查并报告，不导入。</translation>
    </message>
    <message>
        <source>Import every valid household and list the rows left out.</source>
        <translation>导入所有无误的家庭户，并列出未导入的行。</translation>
    </message>
    <message>
        <source>The roster: .xlsx or .csv (UTF-8 or GBK).</source>
        <translation>花名册：.xlsx 或 .csv（UTF-8 或 GBK）。</translation>
    </message>
    <message>
        <source>Imports the households of an office&apos;s Excel or WPS roster, all or nothing.</source>
        <translation>导入单位 Excel 或 WPS 花名册中的家庭户，要么全部导入，要么都不导入。</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly benefit %1</source>
        <translation>月保障金 %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s). Correct the roster, or import the valid households with --skip-invalid.</source>
        <translation>
            <numerusform>未导入任何内容：有 %n 处问题。请更正花名册，或加 --skip-invalid 只导入无误的家庭户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>试运行：未导入任何内容。</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>备份口令：</translation>
    </message>
    <message>
        <source>%1 %2, %3: %4 households, %5 persons, last package %6</source>
        <translation>%1 %2，%3：%4 户，%5 人，最后同步包 %6</translation>
    </message>
    <message>
        <source>The folder the backup is written to (default: the office&apos;s backup folder).</source>
        <translation>备份写入的文件夹（默认：本单位设置的备份文件夹）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Writes an encrypted backup of the database (passphrase from %1).</source>
        <translation>为数据库制作加密备份（备份口令取自 %1）。</translation>
    </message>
    <message>
        <source>Name the folder with --to (no backup folder is set for this office).</source>
        <translation>请用 --to 指定文件夹（本单位尚未设置备份文件夹）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>this is not the office&apos;s backup passphrase</source>
        <translation>这不是本单位的备份口令</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2).</source>
        <translation>备份已写入 %1（%2）。</translation>
    </message>
    <message>
        <source>The folder of the backups.</source>
        <translation>备份所在的文件夹。</translation>
    </message>
    <message>
        <source>Lists the backups of a folder, newest first.</source>
        <translation>列出文件夹中的备份，最新的在前。</translation>
    </message>
    <message>
        <source>Not a readable backup: %1</source>
        <translation>不是可读取的备份：%1</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>备份文件。</translation>
    </message>
    <message>
        <source>Reads a backup whole with the passphrase and checks the database in it.</source>
        <translation>用备份口令完整读取备份，并检查其中的数据库。</translation>
    </message>
    <message>
        <source>Name exactly one backup file.</source>
        <translation>请指定且只指定一个备份文件。</translation>
    </message>
    <message>
        <source>The backup is good: %1.</source>
        <translation>备份完好：%1。</translation>
    </message>
    <message>
        <source>Replaces the database with a backup; the replaced file is kept beside it.</source>
        <translation>用备份替换数据库；被替换的文件保留在旁边。</translation>
    </message>
    <message>
        <source>This is a backup of %1 %2, not of this site (%3); nothing was replaced.</source>
        <translation>这是 %1 %2 的备份，不是本单位（%3）的；没有替换任何内容。</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>没有恢复任何内容。</translation>
    </message>
    <message>
        <source>Restored from the backup of %1.</source>
        <translation>已从备份恢复：%1。</translation>
    </message>
    <message>
        <source>The replaced database is kept as %1.</source>
        <translation>被替换的数据库保留为 %1。</translation>
    </message>
    <message>
        <source>The next package to the city will be a full re-baseline.</source>
        <translation>下一个报送市局的同步包将是全量重报。</translation>
    </message>
    <message>
        <source>After the restore from a backup this package is a full re-baseline: the city imports it with “sync import --full”.</source>
        <translation>从备份恢复后，此同步包为全量重报：市局须用“sync import --full”导入。</translation>
    </message>
    <message>
        <source>Encrypted backups of the database (create|list|verify|restore).</source>
        <translation>数据库的加密备份（create|list|verify|restore）。</translation>
    </message>
    <message>
        <source>The month paid, YYYY-MM.</source>
        <translation>发放月份，YYYY-MM。</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>regular (the default) or supplement (补发).</source>
        <translation>regular（正常发放，默认）或 supplement（补发）。</translation>
    </message>
    <message>
        <source>The batch&apos;s id or number (instead of --month).</source>
        <translation>批次的编号或批次号（代替 --month）。</translation>
    </message>
    <message>
        <source>Name the batch: --batch ID, or --month YYYY-MM [--kind KIND].</source>
        <translation>请指定批次：--batch 编号，或 --month YYYY-MM [--kind 类型]。</translation>
    </message>
    <message>
        <source>There is no %1 batch of %2.</source>
        <translation>%2 没有 %1 批次。</translation>
    </message>
    <message>
        <source>%1  %2 %3  %4 lines  %5  (%6)</source>
        <translation>%1  %2 %3  %4 行  %5（%6）</translation>
    </message>
    <message>
        <source>Not in the batch: %1 (%2), %3: %4</source>
        <translation>未列入本批次：%1（%2），%3：%4</translation>
    </message>
    <message>
        <source>Show what the batch would pay; write nothing.</source>
        <translation>只预览本批次将发放的内容，不写入任何数据。</translation>
    </message>
    <message>
        <source>With --json: every payment line too.</source>
        <translation>与 --json 一起使用：同时列出每一笔发放。</translation>
    </message>
    <message>
        <source>Prepares the month&apos;s payment batch from the approved amounts.</source>
        <translation>按核定金额生成本月发放批次。</translation>
    </message>
    <message>
        <source>Shows a payment batch, its totals and its changes.</source>
        <translation>显示发放批次及其合计和变动。</translation>
    </message>
    <message>
        <source>Approves a prepared batch (a supervisor other than the person who prepared it).</source>
        <translation>审批已生成的批次（须由编制人以外的审核人审批）。</translation>
    </message>
    <message>
        <source>Discards a prepared batch, to prepare it again.</source>
        <translation>作废尚未审批的批次，以便重新生成。</translation>
    </message>
    <message>
        <source>Records that the bank paid every line of the batch not returned.</source>
        <translation>记录银行已发放本批次中所有未退回的款项。</translation>
    </message>
    <message>
        <source>Lists the payment batches, newest first.</source>
        <translation>列出发放批次，最新的在前。</translation>
    </message>
    <message>
        <source>A saved bank layout (default: the standard one).</source>
        <translation>已保存的银行文件格式（默认：标准格式）。</translation>
    </message>
    <message>
        <source>The file to write (.csv or .xlsx).</source>
        <translation>要写出的文件（.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>Writes an approved batch as the bank&apos;s 代发 file.</source>
        <translation>把已审批的批次写成银行代发文件。</translation>
    </message>
    <message>
        <source>--out must end in .csv or .xlsx.</source>
        <translation>--out 的扩展名必须是 .csv 或 .xlsx。</translation>
    </message>
    <message>
        <source>The bank&apos;s returns (.xlsx or .csv).</source>
        <translation>银行回盘文件（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>Records the bank&apos;s returns (回盘) of an approved batch.</source>
        <translation>登记已审批批次的银行回盘。</translation>
    </message>
    <message>
        <source>Why the bank returned it.</source>
        <translation>银行退回的原因。</translation>
    </message>
    <message>
        <source>Records a payment the bank returned.</source>
        <translation>登记一笔被银行退回的发放。</translation>
    </message>
    <message>
        <source>A doudi-bank-layout/1 document.</source>
        <translation>doudi-bank-layout/1 格式文件。</translation>
    </message>
    <message>
        <source>Saves a bank&apos;s file layout.</source>
        <translation>保存一家银行的代发文件格式。</translation>
    </message>
    <message>
        <source>Lists the saved bank layouts.</source>
        <translation>列出已保存的银行文件格式。</translation>
    </message>
    <message>
        <source>Print JSON (the default).</source>
        <translation>输出 JSON（默认）。</translation>
    </message>
    <message>
        <source>A household&apos;s approved amounts and every payment made to it.</source>
        <translation>家庭户的核定金额及每一笔发放记录。</translation>
    </message>
    <message>
        <source>The month&apos;s payment: batches, the bank&apos;s file and its returns, a household&apos;s payments (batch|returns|layout|history).</source>
        <translation>按月发放：发放批次、银行代发文件和回盘、家庭户发放记录（batch|returns|layout|history）。</translation>
    </message>
    <message>
        <source>Approve the new amounts as the new standard paid from this month (a supervisor&apos;s decision, per household whose amount changes).</source>
        <translation>自该月起按新标准执行并审批新金额（审核人的决定，逐户记录金额有变化的家庭）。</translation>
    </message>
    <message>
        <source>Name the bank&apos;s returns file.</source>
        <translation>请指定银行回盘文件。</translation>
    </message>
    <message>
        <source>Packages %1 to %2 from %3 never arrived. Import package %4 over them (it repeats everything since) and record them as skipped?</source>
        <translation>来自%3的第 %1 至 %2 号同步包一直没有收到。是否越过它们导入第 %4 号包（它包含此后的全部变更），并把它们记为已跳过？</translation>
    </message>
    <message>
        <source>--skip-missing records packages %1 to %2 as skipped for good: confirm with --yes.</source>
        <translation>--skip-missing 会把第 %1 至 %2 号同步包永久记为已跳过：请加 --yes 确认。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>With --skip-missing: do not ask before recording the lost packages as skipped.</source>
        <translation>与 --skip-missing 一起使用：把丢失的同步包记为已跳过前不再询问。</translation>
    </message>
    <message>
        <source>%1 households, %2 persons</source>
        <translation>%1 户，%2 人</translation>
    </message>
    <message>
        <source>Only households with a member found by the desk&apos;s search: part of a name, pinyin initials or an ID number, best matches first.</source>
        <translation>只列出按工作台检索找到成员的家庭户：姓名的一部分、拼音首字母或身份证号，最相符的在前。</translation>
    </message>
    <message>
        <source>%1 already has %2 households; demo fills only a new or empty database.</source>
        <translation>%1 已有 %2 户；演示数据只填入新建的或空的数据库。</translation>
    </message>
    <message>
        <source>The month&apos;s published price index, for the price subsidy.</source>
        <translation>当月公布的价格指数（用于价格临时补贴）。</translation>
    </message>
    <message>
        <source>Prints what the township&apos;s other programs pay one household: the disability subsidies, the orphans&apos; allowance, the funeral waiver and the price subsidy.</source>
        <translation>输出其他救助项目给一户的待遇：残疾人两项补贴、孤儿基本生活费、殡葬费用减免和价格临时补贴。</translation>
    </message>
    <message>
        <source>the index is of %1, not of %2</source>
        <translation>该价格指数是 %1 的，不是 %2 的</translation>
    </message>
    <message>
        <source>What the other programs pay one household under a policy (no database needed).</source>
        <translation>按政策计算一户享受的其他救助项目待遇（无需数据库）。</translation>
    </message>
    <message>
        <source>must be a whole number of permille (41 is 4.1 %)</source>
        <translation>须为整数千分比（41 即 4.1%）</translation>
    </message>
    <message>
        <source>The month of the figures, YYYY-MM.</source>
        <translation>指数所属月份，YYYY-MM。</translation>
    </message>
    <message>
        <source>Consumer prices against a year before, in permille (41 is 4.1 %).</source>
        <translation>居民消费价格指数同比涨幅，千分比（41 即 4.1%）。</translation>
    </message>
    <message>
        <source>Food prices against a year before, in permille.</source>
        <translation>食品价格同比涨幅，千分比。</translation>
    </message>
    <message>
        <source>Where the figures were published.</source>
        <translation>数据发布来源。</translation>
    </message>
    <message>
        <source>Record a month&apos;s published price index.</source>
        <translation>登记某月公布的价格指数。</translation>
    </message>
    <message>
        <source>The price index was not recorded.</source>
        <translation>价格指数未能登记。</translation>
    </message>
    <message>
        <source>The price indices recorded, newest first.</source>
        <translation>已登记的价格指数，最近月份在前。</translation>
    </message>
    <message>
        <source>The month whose price index is paid on, YYYY-MM.</source>
        <translation>按哪个月的价格指数发放，YYYY-MM。</translation>
    </message>
    <message>
        <source>Show who would get what; record nothing.</source>
        <translation>只预览发放对象和金额，不登记。</translation>
    </message>
    <message>
        <source>Print JSON with every person&apos;s line.</source>
        <translation>输出 JSON，含每人一行。</translation>
    </message>
    <message>
        <source>Pay the month&apos;s temporary price subsidy (物价联动), once a person.</source>
        <translation>发放当月价格临时补贴（物价联动），每人一次。</translation>
    </message>
    <message>
        <source>%1: prices %2 ‰, food %3 ‰ (%4).</source>
        <translation>%1：居民消费价格 %2‰，食品价格 %3‰（%4）。</translation>
    </message>
    <message>
        <source>The rise does not reach the policy&apos;s trigger: nobody is paid.</source>
        <translation>涨幅未达到启动条件，不发放。</translation>
    </message>
    <message>
        <source>%1 persons, %2</source>
        <translation>%1 人，%2</translation>
    </message>
    <message>
        <source>To pay: %1 persons, %2; already paid: %3.</source>
        <translation>待发放：%1 人，%2；已发放：%3 人。</translation>
    </message>
    <message>
        <source>Paid now: %1 persons, %2; paid before: %3.</source>
        <translation>本次发放：%1 人，%2；此前已发放：%3 人。</translation>
    </message>
    <message>
        <source>The months&apos; published price indices (set|list).</source>
        <translation>各月公布的价格指数（set|list）。</translation>
    </message>
    <message>
        <source>Pay a month&apos;s temporary price subsidy (run).</source>
        <translation>发放某月价格临时补贴（run）。</translation>
    </message>
    <message>
        <source>notice, payment, supplement, stats, fund, relatives, price, disability or orphan.</source>
        <translation>notice（公示）、payment（发放花名册）、supplement（补发花名册）、stats（统计表）、fund（备用金）、relatives（近亲属备案）、price（价格临时补贴）、disability（两项补贴）或 orphan（孤儿和事实无人抚养儿童基本生活费）。</translation>
    </message>
    <message>
        <source>The funeral waivers a household&apos;s recorded deaths give, issued or not.</source>
        <translation>户内已登记的死亡成员可享受的殡葬费用减免（已开具或未开具）。</translation>
    </message>
    <message>
        <source>The member who died: their place in the household (0 is the first) or id.</source>
        <translation>去世的成员：在户内的序号（0 为第一人）或成员编号。</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Write the certificate to this PDF.</source>
        <translation>将减免证明写入此 PDF 文件。</translation>
    </message>
    <message>
        <source>Issue a funeral waiver&apos;s certificate, once a person.</source>
        <translation>开具殡葬费用减免证明，每人一次。</translation>
    </message>
    <message>
        <source>the household has %1 members, counted from 0</source>
        <translation>该户共 %1 人，序号从 0 起</translation>
    </message>
    <message>
        <source>The waiver is issued (certificate %1), but its PDF was not written: %2 Print it with funeral-waiver print.</source>
        <translation>减免已开具（证明编号 %1），但未能写出 PDF：%2 请用 funeral-waiver print 重新打印。</translation>
    </message>
    <message>
        <source>Only this village (its 12-digit code).</source>
        <translation>只看此村（12 位代码）。</translation>
    </message>
    <message>
        <source>The funeral waivers issued, newest first.</source>
        <translation>已开具的殡葬费用减免，最新的在前。</translation>
    </message>
    <message>
        <source>The certificate&apos;s number, e.g. 2026-0001.</source>
        <translation>证明编号，例如 2026-0001。</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要写出的 PDF 文件。</translation>
    </message>
    <message>
        <source>Print an issued funeral waiver&apos;s certificate again.</source>
        <translation>重新打印已开具的殡葬费用减免证明。</translation>
    </message>
    <message>
        <source>Funeral waivers and their certificates (offers|issue|list|print).</source>
        <translation>殡葬费用减免及其证明（offers|issue|list|print）。</translation>
    </message>
    <message>
        <source>write the date as YYYY-MM-DD</source>
        <translation>日期请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The village (its 12-digit code).</source>
        <translation>村（社区）（12 位代码）。</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>姓名。</translation>
    </message>
    <message>
        <source>The person&apos;s ID number.</source>
        <translation>身份证号。</translation>
    </message>
    <message>
        <source>child, elderly or woman.</source>
        <translation>child（儿童）、elderly（老人）或 woman（妇女）。</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Why the person is left behind.</source>
        <translation>留守原因。</translation>
    </message>
    <message>
        <source>Who looks after the person.</source>
        <translation>照料人。</translation>
    </message>
    <message>
        <source>The carer&apos;s phone.</source>
        <translation>照料人电话。</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>The person lives alone.</source>
        <translation>独居。</translation>
    </message>
    <message>
        <source>low (the default), medium or high.</source>
        <translation>风险等级：low（默认）、medium 或 high。</translation>
    </message>
    <message>
        <source>RISK</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>The day registered (default today).</source>
        <translation>登记日期（默认今天）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Put a left-behind person on the care register.</source>
        <translation>将留守人员登记入关爱服务登记册。</translation>
    </message>
    <message>
        <source>The person&apos;s id on the register.</source>
        <translation>登记册上的人员编号。</translation>
    </message>
    <message>
        <source>The day of the visit (default today).</source>
        <translation>走访日期（默认今天）。</translation>
    </message>
    <message>
        <source>The visit found something to act on.</source>
        <translation>走访发现需要处理的问题。</translation>
    </message>
    <message>
        <source>Record a care visit.</source>
        <translation>记录一次关爱走访。</translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation>日期（默认今天）。</translation>
    </message>
    <message>
        <source>Why, e.g. 父母返乡.</source>
        <translation>原因，如“父母返乡”。</translation>
    </message>
    <message>
        <source>Take a person off the care register.</source>
        <translation>将人员移出关爱服务登记册。</translation>
    </message>
    <message>
        <source>Only those whose visit is overdue.</source>
        <translation>只列走访已逾期的。</translation>
    </message>
    <message>
        <source>Those who left the register too.</source>
        <translation>包括已退出登记的。</translation>
    </message>
    <message>
        <source>The care register, with each person&apos;s next visit.</source>
        <translation>关爱服务登记册，含每人下次走访日期。</translation>
    </message>
    <message>
        <source>The 三留守 care register and its visits (register|visit|leave|list).</source>
        <translation>“三留守”关爱服务登记册及走访（register|visit|leave|list）。</translation>
    </message>
    <message>
        <source>Entries no longer valid too.</source>
        <translation>也列出已失效的条目。</translation>
    </message>
    <message>
        <source>The resource library: who else can help.</source>
        <translation>社会救助资源库：还有谁能帮助。</translation>
    </message>
    <message>
        <source>department, mass_organisation, charity or social_work.</source>
        <translation>department（部门）、mass_organisation（群团组织）、charity（慈善项目）或 social_work（社工站）。</translation>
    </message>
    <message>
        <source>The programme&apos;s name.</source>
        <translation>项目名称。</translation>
    </message>
    <message>
        <source>Who gives the help.</source>
        <translation>提供帮助的单位。</translation>
    </message>
    <message>
        <source>What it offers.</source>
        <translation>提供什么帮助。</translation>
    </message>
    <message>
        <source>Who may have it.</source>
        <translation>谁可以申请。</translation>
    </message>
    <message>
        <source>Whom to contact.</source>
        <translation>联系人和电话。</translation>
    </message>
    <message>
        <source>Valid from (default today).</source>
        <translation>生效日期（默认今天）。</translation>
    </message>
    <message>
        <source>Valid until (default: no end).</source>
        <translation>截止日期（默认长期有效）。</translation>
    </message>
    <message>
        <source>Add an entry to the resource library.</source>
        <translation>在资源库中添加一个条目。</translation>
    </message>
    <message>
        <source>The member&apos;s id (default: the head).</source>
        <translation>家庭成员的 id（默认户主）。</translation>
    </message>
    <message>
        <source>The library entry&apos;s id.</source>
        <translation>资源库条目的 id。</translation>
    </message>
    <message>
        <source>What help the person needs.</source>
        <translation>需要什么帮助。</translation>
    </message>
    <message>
        <source>household (the default), signal or case.</source>
        <translation>household（默认，家庭档案）、signal（预警信息）或 case（被驳回的申请）。</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The signal&apos;s or the refused case&apos;s id.</source>
        <translation>预警信息或被驳回案件的 id。</translation>
    </message>
    <message>
        <source>The day sent (default today).</source>
        <translation>转介日期（默认今天）。</translation>
    </message>
    <message>
        <source>Write the referral letter to this PDF.</source>
        <translation>把转介函写入这个 PDF。</translation>
    </message>
    <message>
        <source>Refer a household&apos;s person to a library entry.</source>
        <translation>把家庭成员转介到资源库的一个条目。</translation>
    </message>
    <message>
        <source>The referral %1 is opened, but its letter was not written; run “referral print” to write it.</source>
        <translation>转介 %1 已登记，但转介函没有写出；请运行“referral print”生成。</translation>
    </message>
    <message>
        <source>The referral&apos;s id.</source>
        <translation>转介的 id。</translation>
    </message>
    <message>
        <source>accepted, helped or declined.</source>
        <translation>accepted（已受理）、helped（已帮扶）或 declined（未受理）。</translation>
    </message>
    <message>
        <source>What the entry did, or why it declined.</source>
        <translation>对方做了什么，或不予受理的原因。</translation>
    </message>
    <message>
        <source>The version read (refused if it changed since).</source>
        <translation>读取时的版本（之后被改动则拒绝）。</translation>
    </message>
    <message>
        <source>Record what became of a referral.</source>
        <translation>登记转介的结果。</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>Only this household&apos;s.</source>
        <translation>只列出这一户的。</translation>
    </message>
    <message>
        <source>Only those not yet helped or declined.</source>
        <translation>只列出尚未办结的。</translation>
    </message>
    <message>
        <source>Only those whose answer is overdue.</source>
        <translation>只列出答复已逾期的。</translation>
    </message>
    <message>
        <source>The referrals, newest first.</source>
        <translation>转介记录，最新的在前。</translation>
    </message>
    <message>
        <source>Write a referral letter to PDF.</source>
        <translation>把转介函写入 PDF。</translation>
    </message>
    <message>
        <source>Referrals to the resource library and their letters (open|update|list|print).</source>
        <translation>转介及转介函（open|update|list|print）。</translation>
    </message>
    <message>
        <source>Its last valid day (default today).</source>
        <translation>最后有效日期（默认今天）。</translation>
    </message>
    <message>
        <source>End an entry of the office&apos;s own library.</source>
        <translation>结束本镇资源库中的一个条目。</translation>
    </message>
    <message>
        <source>The resource library: who else can help (list|add|end).</source>
        <translation>社会救助资源库（list|add|end）。</translation>
    </message>
</context>
<context>
    <name>Doudi::ConflictQueue</name>
    <message>
        <source>Cannot read the conflict queue: %1</source>
        <translation>无法读取冲突队列：%1</translation>
    </message>
    <message>
        <source>must be local or incoming</source>
        <translation>须为 local 或 incoming</translation>
    </message>
    <message>
        <source>there is no open conflict %1</source>
        <translation>没有待处理的冲突 %1</translation>
    </message>
    <message>
        <source>A policy is never overwritten: keep this one, and ask the bureau to issue the changed policy under a new id.</source>
        <translation>政策标准从不覆盖：请保留本地版本，并请市局以新编号发布修改后的标准。</translation>
    </message>
    <message>
        <source>The township has paid the price subsidy on its own figures for this month: they stay as they were. Keep them, and settle the difference with the bureau.</source>
        <translation>本乡镇已按本地记录的指数发放了本月价格临时补贴，指数保持不变。请保留本地记录，并与民政局核对差异。</translation>
    </message>
</context>
<context>
    <name>Doudi::CsvReader</name>
    <message>
        <source>This system cannot read GB18030 text; save the file as “CSV UTF-8”.</source>
        <translation>本系统无法读取 GB18030 编码文本；请将文件另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor GBK text; save it again as “CSV UTF-8”</source>
        <translation>文件既不是 UTF-8 也不是 GBK 编码；请另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a missing &quot;)</source>
        <translation>有引号字段没有结束（缺少 &quot;）</translation>
    </message>
</context>
<context>
    <name>Doudi::DashboardPanel</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>家庭户</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Monthly amount (元)</source>
        <translation>月救助金额（元）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Due and &amp;overdue…</source>
        <translation>待办与逾期(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Receiving help this month</source>
        <translation>本月救助对象</translation>
    </message>
    <message>
        <source>Due and overdue</source>
        <translation>待办与逾期</translation>
    </message>
    <message>
        <source>The last twelve months</source>
        <translation>近十二个月</translation>
    </message>
    <message>
        <source>Reserve fund</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>By village</source>
        <translation>按村（社区）</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>政策落实</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 time limits of cases overdue</source>
        <translation>案件办理逾期 %1 项</translation>
    </message>
    <message>
        <source>%1 falling due in the next seven days</source>
        <translation>7 日内到期 %1 项</translation>
    </message>
    <message>
        <source>%1 reviews due within 30 days</source>
        <translation>30 日内应复核 %1 户</translation>
    </message>
    <message>
        <source>%1 monitoring signals waiting</source>
        <translation>待处理监测预警 %1 条</translation>
    </message>
    <message>
        <source>%1 reserve fund payments past their paperwork deadline</source>
        <translation>备用金支出逾期未补手续 %1 笔</translation>
    </message>
    <message>
        <source>no quota yet</source>
        <translation>尚未核定额度</translation>
    </message>
    <message>
        <source>Below %1 % of the quota: ask the city to replenish it.</source>
        <translation>余额低于年度额度的 %1%：请向市局申请补充。</translation>
    </message>
    <message>
        <source>增发: nobody receives one this month.</source>
        <translation>增发：本月无增发对象。</translation>
    </message>
    <message>
        <source>增发 per person receiving one: &lt;b style=&quot;color:%1&quot;&gt;%2 %&lt;/b&gt; of the standard (at least 50 %).</source>
        <translation>增发对象人均增发：&lt;b style=&quot;color:%1&quot;&gt;%2%&lt;/b&gt; 的低保标准（不低于 50%）。</translation>
    </message>
    <message>
        <source>Government-purchased services: &lt;b style=&quot;color:%1&quot;&gt;%2.%3 %&lt;/b&gt; of the central and provincial assistance funds (at most 2 %).</source>
        <translation>政府购买社会救助服务：占中央和省级救助资金的 &lt;b style=&quot;color:%1&quot;&gt;%2.%3%&lt;/b&gt;（不超过 2%）。</translation>
    </message>
    <message>
        <source>Government-purchased services: the year&apos;s amounts are not entered yet (Settings).</source>
        <translation>政府购买社会救助服务：本年度金额尚未录入（设置）。</translation>
    </message>
    <message>
        <source>Benefits paid (元)</source>
        <translation>月发放金额（元）</translation>
    </message>
    <message>
        <source>M</source>
        <comment>month suffix</comment>
        <translation>月</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 households paid an amount the rules now put otherwise</source>
        <translation>%1 户核定金额与现行政策测算不一致，待复核</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; households, %3 persons</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; 户 %3 人</translation>
    </message>
    <message>
        <source>Enrolled as the household list marks them: %1.</source>
        <translation>在册（按家庭户列表“状态”）：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 enrolled household(s) have no payment this month.</source>
        <translation>其中 %1 户在册但本月未列入发放。</translation>
    </message>
    <message>
        <source>%1 household(s) paid this month are no longer enrolled.</source>
        <translation>%1 户本月有发放但已不在册（本月停发）。</translation>
    </message>
    <message>
        <source>Balance: %1 of the year&apos;s quota</source>
        <translation>余额占年度额度 %1</translation>
    </message>
    <message>
        <source>Balance &lt;b&gt;%1&lt;/b&gt; of a quota of %2; paid this year %3, of which reversed %4; %5 payment(s) with paperwork outstanding.</source>
        <translation>余额 &lt;b&gt;%1&lt;/b&gt;，年度额度 %2；本年支出 %3（含已冲正 %4）；%5 笔待补办手续。</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <source>Other programs</source>
        <translation>其他救助项目</translation>
    </message>
</context>
<context>
    <name>Doudi::Database</name>
    <message>
        <source>Cannot read the database file %1: %2</source>
        <translation>无法读取数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Doudi database: it is not an SQLite file.</source>
        <translation>%1 不是兜底数据库：它不是 SQLite 文件。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 is damaged and was not opened, so nothing in it is changed. Restore it from a backup copy.</source>
        <translation>数据库 %1 已损坏，未打开，其中内容未作任何改动。请从备份副本恢复。</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a Doudi database; it was not changed.</source>
        <translation>%1 是其他程序的 SQLite 文件，不是兜底数据库；文件未被改动。</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Doudi (schema %2; this version knows up to %3). Update Doudi to open it.</source>
        <translation>数据库 %1 由更新版本的兜底创建（结构版本 %2，本版本最高支持 %3）。请升级兜底后再打开。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 已存在，请换一个文件名。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot initialise the database: %1</source>
        <translation>无法初始化数据库：%1</translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation>无法设置数据库：%1</translation>
    </message>
    <message>
        <source>Cannot make a backup copy before upgrading the database: %1</source>
        <translation>升级数据库前无法建立备份副本：%1</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>本程序缺少数据库升级步骤 %1。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>将数据库升级到结构版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s settings.</source>
        <translation>无法读取数据库的设置。</translation>
    </message>
    <message>
        <source>Cannot rebuild the name search: %1</source>
        <translation>无法重建姓名检索：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::DemoGenerator</name>
    <message>
        <source>The demo name lists are missing from this build.</source>
        <translation>本程序缺少演示用的姓名列表。</translation>
    </message>
</context>
<context>
    <name>Doudi::DemoPrograms</name>
    <message>
        <source>Cannot fill the demo&apos;s programs: %1</source>
        <translation>无法生成演示数据中的其他项目：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::DeterminationJson</name>
    <message>
        <source>Extreme poverty support</source>
        <translation>特困供养</translation>
    </message>
    <message>
        <source>Dibao</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Dibao, gradual exit</source>
        <translation>低保渐退</translation>
    </message>
    <message>
        <source>Dibao for a single person</source>
        <translation>单人户低保</translation>
    </message>
    <message>
        <source>Low-income household</source>
        <translation>低收入家庭</translation>
    </message>
    <message>
        <source>Expenditure-type hardship</source>
        <translation>支出型困难家庭</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation>重病患者</translation>
    </message>
    <message>
        <source>Severely disabled</source>
        <translation>重度残疾人</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <source>Income against the line (%)</source>
        <translation>收入占收入线比例（%）</translation>
    </message>
    <message>
        <source>Financial assets (months of the standard)</source>
        <translation>金融资产（相当于标准的月数）</translation>
    </message>
    <message>
        <source>Residences</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>Dependants (%)</source>
        <translation>被抚养人口比例（%）</translation>
    </message>
    <message>
        <source>Special family structure</source>
        <translation>特殊家庭结构</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Able workers</source>
        <translation>劳动力人数</translation>
    </message>
    <message>
        <source>Rigid expenditure against income (%)</source>
        <translation>刚性支出占收入比例（%）</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>应为 %1</translation>
    </message>
    <message>
        <source>is not a known classification</source>
        <translation>不是已知的类别</translation>
    </message>
</context>
<context>
    <name>Doudi::DeterminationRepository</name>
    <message>
        <source>Cannot save the determination: %1</source>
        <translation>无法保存评估结果：%1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>A saved determination cannot be read.</source>
        <translation>无法读取已保存的评估结果。</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>This database is too old to keep the other programs&apos; amounts.</source>
        <translation>数据库版本过旧，无法保存其他救助项目的金额。</translation>
    </message>
</context>
<context>
    <name>Doudi::DraftRepository</name>
    <message>
        <source>Cannot keep what was typed: %1</source>
        <translation>无法暂存录入的内容：%1</translation>
    </message>
    <message>
        <source>Cannot remove what was typed: %1</source>
        <translation>无法删除暂存的录入：%1</translation>
    </message>
    <message>
        <source>Cannot read what was typed: %1</source>
        <translation>无法读取暂存的录入：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::DueDialog</name>
    <message>
        <source>Due and overdue</source>
        <translation>待办与逾期</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭户</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>预警类别</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务状态</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Time limits overdue or due in the next seven days (overdue in red):</source>
        <translation>已逾期或七日内到期的时限（逾期以红色显示）：</translation>
    </message>
    <message>
        <source>Monitoring signals waiting for a visit or a close:</source>
        <translation>待核查或待办结的监测预警：</translation>
    </message>
    <message>
        <source>(not matched)</source>
        <translation>（未匹配）</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
    <message>
        <source>Visited…</source>
        <translation>已核查…</translation>
    </message>
    <message>
        <source>Included…</source>
        <translation>已纳入…</translation>
    </message>
    <message>
        <source>Not eligible…</source>
        <translation>不符合条件…</translation>
    </message>
    <message>
        <source>Referred…</source>
        <translation>已转介…</translation>
    </message>
    <message>
        <source>Note (the reason, or the department):</source>
        <translation>说明（原因或转介部门）：</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起算日</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Reviews of households receiving help due in the next 30 days (overdue in red):</source>
        <translation>30 天内到期的在保家庭复核（逾期标红）：</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>领款人</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paperwork due</source>
        <translation>手续补办期限</translation>
    </message>
    <message>
        <source>Reserve fund payments whose paperwork has not come in (overdue in red):</source>
        <translation>尚未补办手续的备用金支出（逾期以红色显示）：</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>approved %1 a month; the rules now give %2 (%3)</source>
        <translation>核定每月 %1；按现行政策应为 %2（%3）：请复核</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Left behind</source>
        <translation>留守类别</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Visit due</source>
        <translation>应走访日期</translation>
    </message>
    <message>
        <source>Care visits (三留守) overdue or due in the next seven days (overdue in red):</source>
        <translation>“三留守”关爱走访已逾期或七日内到期的（逾期以红色显示）：</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转介至</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Referrals awaiting an answer (overdue in red):</source>
        <translation>等待答复的转介（逾期显示为红色）：</translation>
    </message>
    <message>
        <source>referral %1 to %2 (%3)</source>
        <translation>已转介 %1：%2（%3）</translation>
    </message>
</context>
<context>
    <name>Doudi::Enrolment</name>
    <message>
        <source>Only a city database enrols townships; this one is the township %1.</source>
        <translation>只有市局数据库才能为乡镇注册；本数据库是乡镇 %1。</translation>
    </message>
    <message>
        <source>must be a 9-digit township code of %1 (starting %2)</source>
        <translation>必须是 %1 所辖乡镇的 9 位代码（以 %2 开头）</translation>
    </message>
    <message>
        <source>name the township</source>
        <translation>请填写乡镇名称</translation>
    </message>
    <message>
        <source>This is not an enrolment package.</source>
        <translation>这不是注册数据包。</translation>
    </message>
    <message>
        <source>The enrolment package is for the township %1, not for this one (%2).</source>
        <translation>该注册数据包是发给乡镇 %1 的，不是发给本乡镇（%2）的。</translation>
    </message>
    <message>
        <source>The enrolment package is damaged or was changed on the way: its signature does not match the keys it carries.</source>
        <translation>注册数据包已损坏或在传递中被改动：签名与其所带密钥不符。</translation>
    </message>
    <message>
        <source>The package comes from %1, which is not this township&apos;s city.</source>
        <translation>该数据包来自 %1，不是本乡镇所属的市局。</translation>
    </message>
    <message>
        <source>Compare the city&apos;s key fingerprint %1 with the one the city reads out to you. If they match, import the package again trusting it (--trust %1).</source>
        <translation>请将市局密钥指纹 %1 与市局向您宣读的指纹核对。如一致，请确认信任后重新导入（--trust %1）。</translation>
    </message>
    <message>
        <source>The fingerprint you were given does not match this package&apos;s (%1): do not import it; ask the city.</source>
        <translation>您得到的指纹与该数据包的指纹（%1）不符：请勿导入，并向市局核实。</translation>
    </message>
    <message>
        <source>Cannot read the peer sites: %1</source>
        <translation>无法读取对端站点：%1</translation>
    </message>
    <message>
        <source>The city %1 is already enrolled with other keys: a re-keyed city is confirmed by the bureau, not by a package.</source>
        <translation>市局 %1 已以其他密钥注册：市局更换密钥须由民政局确认，不能通过数据包完成。</translation>
    </message>
    <message>
        <source>Cannot read the holiday calendar: %1</source>
        <translation>无法读取节假日日历：%1</translation>
    </message>
    <message>
        <source>Cannot read the township&apos;s quota: %1</source>
        <translation>无法读取乡镇的备用金额度：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::EntitlementsJson</name>
    <message>
        <source>must be %1</source>
        <translation>必须是 %1</translation>
    </message>
</context>
<context>
    <name>Doudi::Evaluator</name>
    <message>
        <source>seriously ill</source>
        <translation>重病</translation>
    </message>
    <message>
        <source>severely disabled</source>
        <translation>重度残疾</translation>
    </message>
    <message>
        <source>aged %1 or over</source>
        <translation>年满 %1 周岁</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>未满 %1 周岁</translation>
    </message>
    <message>
        <source>%1 dibao standard: %2 per person a month; the line for %3 people is %4 a year</source>
        <translation>%1低保标准每人每月 %2；%3 口之家年收入线为 %4</translation>
    </message>
    <message>
        <source>Monthly amount in all: %1</source>
        <translation>每月保障金额合计：%1</translation>
    </message>
    <message>
        <source>whole household</source>
        <translation>全户</translation>
    </message>
    <message>
        <source>%1 of %2 (%3) is not counted as household income</source>
        <translation>%1 %2（%3）不计入家庭收入</translation>
    </message>
    <message>
        <source>Counted household income: %1 a year</source>
        <translation>计入的家庭年收入：%1</translation>
    </message>
    <message>
        <source>Sustained heavy medical expenditure: self-paid medical costs of %1 are deducted, so the assessed income is %2 a year</source>
        <translation>因病有持续重大支出：扣减自付医疗费用 %1，核定家庭年收入为 %2</translation>
    </message>
    <message>
        <source>Financial assets of %1 exceed the limit of %2 (%3 months of the standard for %4 people)</source>
        <translation>金融资产 %1 超过限额 %2（%4 人 %3 个月的低保标准）</translation>
    </message>
    <message>
        <source>A vehicle (%1) worth %2 exceeds the exempt value of %3</source>
        <translation>车辆（%1）价值 %2，超过豁免限额 %3</translation>
    </message>
    <message>
        <source>%1 residences that are not dangerous houses; at most %2 are allowed</source>
        <translation>有 %1 处非危房住房，最多允许 %2 处</translation>
    </message>
    <message>
        <source>A member has a business registration</source>
        <translation>家庭成员有工商登记</translation>
    </message>
    <message>
        <source>The household&apos;s property exceeds the limits: not eligible</source>
        <translation>家庭财产超过规定：不符合条件</translation>
    </message>
    <message>
        <source>Income of %1 a year is below %2 % of the line: a low-income household, monitored, with no cash benefit</source>
        <translation>家庭年收入 %1 低于收入线的 %2%：属低收入家庭，纳入动态监测，不发放现金</translation>
    </message>
    <message>
        <source>Income of %1 a year is below the average disposable income for %2 people (%3), and after rigid expenditure of %4 it is below the line: expenditure-type hardship; consider temporary assistance</source>
        <translation>家庭年收入 %1 低于 %2 人的上年人均可支配收入合计（%3），扣除刚性支出 %4 后低于收入线：属支出型困难家庭，可考虑临时救助</translation>
    </message>
    <message>
        <source>Income of %1 a year is too high for assistance: not eligible</source>
        <translation>家庭年收入 %1 高于救助条件：不符合条件</translation>
    </message>
    <message>
        <source>manages daily life</source>
        <translation>生活自理</translation>
    </message>
    <message>
        <source>partly dependent</source>
        <translation>部分失能</translation>
    </message>
    <message>
        <source>fully dependent</source>
        <translation>完全失能</translation>
    </message>
    <message>
        <source>%1 lives alone, has no labour capacity and no capable supporter, and own income of %2 a year is below %3: extreme poverty support</source>
        <translation>%1 独居，无劳动能力，无有履行能力的法定义务人，本人年收入 %2 低于 %3：符合特困人员救助供养条件</translation>
    </message>
    <message>
        <source>Basic living: %1 × %2 % = %3 a month; care allowance (%4, %5 activities not managed): %6</source>
        <translation>基本生活费：%1 × %2% = 每月 %3；护理补贴（%4，%5 项不能自理）：%6</translation>
    </message>
    <message>
        <source>Assessed income of %1 a year is below the line of %2: dibao</source>
        <translation>核定家庭年收入 %1 低于收入线 %2：符合低保条件</translation>
    </message>
    <message>
        <source>Only the deduction of medical costs brings the income below the line</source>
        <translation>扣减医疗费用后收入才低于收入线（支出核减）</translation>
    </message>
    <message>
        <source>Gap: (%1 − %2) ÷ 12, rounded up to whole yuan, is %3; at least %4 per person: %5 a month</source>
        <translation>差额：（%1 − %2）÷ 12，向上取整到元为 %3；每人不低于 %4：每月 %5</translation>
    </message>
    <message>
        <source>%1 (%2): increment of %3 % of the standard</source>
        <translation>%1（%2）：按标准的 %3% 增发</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Increments in all: %1 a month</source>
        <translation>增发合计每月 %1</translation>
    </message>
    <message>
        <source>The gradual exit that began in %1 ended after %2 months</source>
        <translation>自 %1 起的低保渐退已满 %2 个月，渐退结束</translation>
    </message>
    <message>
        <source>Income of %1 a year is above the line but below %2 % of it, and the household receives dibao: gradual exit</source>
        <translation>家庭年收入 %1 已超过收入线，但低于收入线的 %2%，原为低保家庭：实行低保渐退</translation>
    </message>
    <message>
        <source>Month %1 of %2 of the gradual exit that began in %3: %4 % of %5 is %6 a month</source>
        <translation>自 %3 起渐退第 %1 个月（共 %2 个月）：%5 的 %4% 为每月 %6</translation>
    </message>
    <message>
        <source>%1 (%2) has own income of %3 a year, below %4: enrolled in dibao alone, %5 plus an increment of %6 a month</source>
        <translation>%1（%2）本人年收入 %3，低于 %4：单独纳入低保，每月 %5，另增发 %6</translation>
    </message>
    <message>
        <source>Quantified assessment: %1 points, tier %2</source>
        <translation>综合量化评审：%1 分，%2 档</translation>
    </message>
    <message>
        <source>Dibao with a tier C score: a home visit should look again</source>
        <translation>低保但评分为 C 档：应再次入户核查</translation>
    </message>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation>应为月份，格式 YYYY-MM</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>必须大于零</translation>
    </message>
</context>
<context>
    <name>Doudi::FieldLabels</name>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>disability type</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <source>disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>daily activities not managed</source>
        <translation>失能项数</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>amount per year</source>
        <translation>年金额</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>dangerous house</source>
        <translation>危房</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>城乡</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Financial assets</source>
        <translation>金融资产</translation>
    </message>
    <message>
        <source>Monthly benefit</source>
        <translation>月保障金额</translation>
    </message>
    <message>
        <source>Gradual exit since</source>
        <translation>渐退起始月份</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Residences</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1第 %2 行</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1第 %2 行的%3</translation>
    </message>
    <message>
        <source>father</source>
        <translation>父亲情况</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>母亲情况</translation>
    </message>
    <message>
        <source>brought up</source>
        <translation>养育方式</translation>
    </message>
    <message>
        <source>date of death</source>
        <translation>死亡日期</translation>
    </message>
</context>
<context>
    <name>Doudi::FileSync</name>
    <message>
        <source>Cannot open the folder of %1 to make the new file durable.</source>
        <translation>无法打开 %1 所在的文件夹，新文件未能确保写入磁盘。</translation>
    </message>
    <message>
        <source>The disk did not confirm the new file %1.</source>
        <translation>磁盘未确认新文件 %1 已写入。</translation>
    </message>
    <message>
        <source>%1 already exists; it is not replaced.</source>
        <translation>%1 已存在，不会被替换。</translation>
    </message>
    <message>
        <source>Cannot move the new file into place as %1: %2</source>
        <translation>无法将新文件放到 %1：%2</translation>
    </message>
</context>
<context>
    <name>Doudi::FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>This database has no users yet. Create its administrator, who then adds the clerks, the supervisor and the village cadres.</source>
        <translation>此数据库尚无用户。请先创建管理员，再由管理员添加经办人、审核人和村干部。</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>显示姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>Doudi::FirstStartWizard</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>政策文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Doudi — first start</source>
        <translation>兜底 — 首次启动</translation>
    </message>
    <message>
        <source>Welcome to Doudi</source>
        <translation>欢迎使用兜底</translation>
    </message>
    <message>
        <source>There is no township database on this computer yet.</source>
        <translation>这台电脑上还没有乡镇数据库。</translation>
    </message>
    <message>
        <source>&amp;Set up our township (a real office&apos;s first day)</source>
        <translation>设置我们的乡镇（正式启用）(&amp;S)</translation>
    </message>
    <message>
        <source>Open the &amp;demo township, to practise (invented people, not real data)</source>
        <translation>打开演示乡镇，用于练习（虚构人员，非真实数据）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open a database file that already exists…</source>
        <translation>打开已有的数据库文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Setting up takes five short steps: the township, its villages, the administrator, the bureau&apos;s policy and the backup folder.</source>
        <translation>设置只需五步：乡镇、村（社区）、管理员、市局政策和备份文件夹。</translation>
    </message>
    <message>
        <source>Which township?</source>
        <translation>哪个乡镇？</translation>
    </message>
    <message>
        <source>Type the township&apos;s name or its code; the official list of 2023 is built in.</source>
        <translation>输入乡镇名称或代码；已内置 2023 年官方区划代码。</translation>
    </message>
    <message>
        <source>e.g. 六道沟 or 220681101</source>
        <translation>例如 六道沟 或 220681101</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇(&amp;T)：</translation>
    </message>
    <message>
        <source>Its villages and communities</source>
        <translation>所辖村（社区）</translation>
    </message>
    <message>
        <source>From the official list: untick what no longer exists, correct a name; the administrator adds, merges and renames later in Settings → Villages.</source>
        <translation>来自官方名单：已不存在的请取消勾选，名称有误的请改正；以后管理员可在“设置 → 村（社区）”中添加、合并和改名。</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>城镇</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>The administrator adds the clerks, the supervisor and the village cadres.</source>
        <translation>由管理员添加经办人、审核人和村干部的账号。</translation>
    </message>
    <message>
        <source>e.g. 张明</source>
        <translation>例如 张明</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再输一次(&amp;R)：</translation>
    </message>
    <message>
        <source>Policy and backups</source>
        <translation>政策与备份</translation>
    </message>
    <message>
        <source>The bureau&apos;s policy file sets the standards; backups keep the records when the PC fails.</source>
        <translation>市局的政策文件规定各项标准；备份在电脑故障时保住数据。</translation>
    </message>
    <message>
        <source>empty: the example policy, marked as such until the bureau&apos;s arrives</source>
        <translation>留空：使用示例政策（在市局正式政策导入前会醒目标明）</translation>
    </message>
    <message>
        <source>e.g. E:\兜底备份 on the USB stick, or D:\兜底备份</source>
        <translation>例如 U 盘上的 E:\兜底备份，或 D:\兜底备份</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>&amp;Policy file:</source>
        <translation>政策文件(&amp;P)：</translation>
    </message>
    <message>
        <source>The bureau&apos;s policy file</source>
        <translation>市局政策文件</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>备份文件夹(&amp;B)：</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Backup pass&amp;phrase:</source>
        <translation>备份口令(&amp;H)：</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>再输一次(&amp;E)：</translation>
    </message>
    <message>
        <source>Write the passphrase down and keep it locked away from the stick: without it no backup can be restored.</source>
        <translation>请把口令写下来，与 U 盘分开锁好：没有口令，任何备份都无法恢复。</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist (is the USB stick plugged in?).</source>
        <translation>备份文件夹 %1 不存在（U 盘插好了吗？）。</translation>
    </message>
    <message>
        <source>The two backup passphrases differ; type them again.</source>
        <translation>两次输入的备份口令不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>Doudi::FormGuard</name>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>What was typed here has not been saved.</source>
        <translation>这里填写的内容尚未保存。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Doudi::FormProblems</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Doudi::FormUndo</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的修改</translation>
    </message>
    <message>
        <source>Undo: %1 (%2)</source>
        <translation>撤销：%1（%2）</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>没有可重做的修改</translation>
    </message>
    <message>
        <source>Redo: %1 (%2)</source>
        <translation>重做：%1（%2）</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>在“%1”中添加一行</translation>
    </message>
    <message>
        <source>Remove a row from %1</source>
        <translation>从“%1”中删除一行</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改“%1”</translation>
    </message>
</context>
<context>
    <name>Doudi::FundDialog</name>
    <message>
        <source>Reserve fund</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Every entry</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Money received</source>
        <translation>拨入资金</translation>
    </message>
    <message>
        <source>Recipient, voucher or reason</source>
        <translation>领款人、凭证号或事由</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>支出(&amp;P)…</translation>
    </message>
    <message>
        <source>Paper&amp;work in…</source>
        <translation>补办手续(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Voucher</source>
        <translation>凭证(&amp;V)</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Monthly &amp;statement</source>
        <translation>月度报账单(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>冲销(&amp;R)…</translation>
    </message>
    <message>
        <source>Money rec&amp;eived…</source>
        <translation>登记拨入(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quota…</source>
        <translation>年度额度(&amp;Q)…</translation>
    </message>
    <message>
        <source>C&amp;lose the year…</source>
        <translation>年终结账(&amp;L)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown · in %1 · out %2</source>
        <translation>
            <numerusform>显示 %n 条 · 收入 %1 · 支出 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2 · quota %3 · carried in %4 · received %5 · paid %6 · reversed %7 · balance &lt;b&gt;%8&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 年度&lt;/b&gt;%2 · 额度 %3 · 上年结转 %4 · 拨入 %5 · 支出 %6 · 冲销 %7 · 余额 &lt;b&gt;%8&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation>（已结账）</translation>
    </message>
    <message>
        <source>The balance is below %1 % of the quota: send the monthly statement and ask the city to replenish the fund.</source>
        <translation>余额已低于年度额度的 %1%：请报送月度报账单并向市局申请补充备用金。</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) are past their paperwork deadline.</source>
        <translation>
            <numerusform>有 %n 笔支出已超过补办手续期限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paperwork handed in</source>
        <translation>补办手续</translation>
    </message>
    <message>
        <source>What was handed in (application, proof of identity, proof of the emergency):</source>
        <translation>补交了哪些材料（申请书、身份证明、困难情况证明）：</translation>
    </message>
    <message>
        <source>Reverse an entry</source>
        <translation>冲销记录</translation>
    </message>
    <message>
        <source>Reverse %1 %2 of %3 (%4)? The entry stays in the ledger; a reversal is added.
Reason:</source>
        <translation>冲销%1 %2（%3，%4）？原记录保留在台账中，另增加一条冲销记录。
冲销原因：</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Reserve fund voucher</source>
        <translation>备用金支出凭证</translation>
    </message>
    <message>
        <source>Save the voucher</source>
        <translation>保存凭证</translation>
    </message>
    <message>
        <source>voucher-%1.pdf</source>
        <translation>支出凭证-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>保存报账单</translation>
    </message>
    <message>
        <source>fund-statement-%1.pdf</source>
        <translation>备用金报账单-%1.pdf</translation>
    </message>
    <message>
        <source>Close the year</source>
        <translation>年终结账</translation>
    </message>
    <message>
        <source>Close the reserve fund&apos;s year %1? Nothing dated in it can be written afterwards.
Is the balance carried forward to next year, or returned to the city?</source>
        <translation>确定对备用金 %1 年度结账吗？结账后不能再登记该年度日期的记录。
余额结转下年，还是缴回市局？</translation>
    </message>
    <message>
        <source>Carry &amp;forward</source>
        <translation>结转下年(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Return to the city</source>
        <translation>缴回市局(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Doudi::FundDocuments</name>
    <message>
        <source>Temporary assistance reserve fund payment voucher</source>
        <translation>临时救助备用金支出凭证</translation>
    </message>
    <message>
        <source>Voucher no. %1</source>
        <translation>凭证号 %1</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>领款人</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason type</source>
        <translation>救助类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>救助事由</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>发放方式</translation>
    </message>
    <message>
        <source>Paperwork due</source>
        <translation>手续补办期限</translation>
    </message>
    <message>
        <source>handed in before payment</source>
        <translation>支付前已办妥</translation>
    </message>
    <message>
        <source>Collective decision</source>
        <translation>一事一议</translation>
    </message>
    <message>
        <source>Second payment this year</source>
        <translation>年内再次救助</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Recipient&apos;s signature:</source>
        <translation>领款人签字：</translation>
    </message>
    <message>
        <source>Preparer:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>审批人：</translation>
    </message>
    <message>
        <source>Paid from the township reserve fund first (先行救助); the paperwork follows within the time limit. Keep this voucher with the monthly statement.</source>
        <translation>由乡镇临时救助备用金先行救助，相关手续须在规定期限内补办。本凭证随月度报账单留存。</translation>
    </message>
    <message>
        <source>Only a payment has a voucher.</source>
        <translation>只有支出记录才有凭证。</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>凭证</translation>
    </message>
</context>
<context>
    <name>Doudi::FundLedger</name>
    <message>
        <source>must be more than zero, not %1</source>
        <translation>必须大于零，不能是 %1</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>应为日期，格式 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Cannot read the fund ledger: %1</source>
        <translation>无法读取备用金台账：%1</translation>
    </message>
    <message>
        <source>Cannot write to the fund ledger: %1</source>
        <translation>无法写入备用金台账：%1</translation>
    </message>
    <message>
        <source>The fund&apos;s year %1 is closed: nothing dated in it can be written any more.</source>
        <translation>备用金 %1 年度已结账，不能再登记该年度日期的记录。</translation>
    </message>
    <message>
        <source>must be a year such as 2025, not %1</source>
        <translation>必须是年份（例如 2025），不能是 %1</translation>
    </message>
    <message>
        <source>name the document that approved the quota</source>
        <translation>请填写批准额度的文件</translation>
    </message>
    <message>
        <source>write the number of the city&apos;s voucher</source>
        <translation>请填写市局拨款凭证号</translation>
    </message>
    <message>
        <source>Record the quota of %1 before the city&apos;s advances against it.</source>
        <translation>请先登记 %1 年度额度，再登记按额度预拨的资金。</translation>
    </message>
    <message>
        <source>The advances of %1 would come to %2, more than the quota of %3.</source>
        <translation>%1 年度预拨累计将达 %2，超过年度额度 %3。</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>say what the help is for</source>
        <translation>请填写救助事由</translation>
    </message>
    <message>
        <source>%1 is above the cap of %2 (%3 × the monthly standard of %4): record the collective decision (一事一议) that approved it.</source>
        <translation>%1 超过上限 %2（月低保标准 %4 的 %3 倍）：请登记批准该笔支出的集体决策（一事一议）文号。</translation>
    </message>
    <message>
        <source>%1 is above the township&apos;s limit of %2: a supervisor other than who prepared the payment must approve it.</source>
        <translation>%1 超过乡镇审批额度 %2：须由经办人以外的主管审批。</translation>
    </message>
    <message>
        <source>The household was already paid for the same kind of reason this year (%1, voucher %2): only a supervisor&apos;s override with a reason allows a second payment.</source>
        <translation>该户本年度已因同类事由获得救助（%1，凭证 %2）：须主管填写理由批准，方可再次救助。</translation>
    </message>
    <message>
        <source>The fund cannot pay %1: %2 is available on %3.</source>
        <translation>备用金无法支出 %1：%3 可用余额为 %2。</translation>
    </message>
    <message>
        <source>Cannot read the cases: %1</source>
        <translation>无法读取案件：%1</translation>
    </message>
    <message>
        <source>must be a temporary-assistance case of the same household</source>
        <translation>必须是同一户的临时救助案件</translation>
    </message>
    <message>
        <source>a reversal needs its reason</source>
        <translation>冲销须填写原因</translation>
    </message>
    <message>
        <source>There is no fund entry %1.</source>
        <translation>没有编号为 %1 的备用金记录。</translation>
    </message>
    <message>
        <source>A reversal cannot itself be reversed: record the entry again instead.</source>
        <translation>冲销记录不能再冲销，请重新登记原记录。</translation>
    </message>
    <message>
        <source>Only payments, allocations and replenishments can be reversed; a %1 cannot.</source>
        <translation>只有支出、预拨和补充可以冲销，“%1”不能冲销。</translation>
    </message>
    <message>
        <source>The entry was already reversed.</source>
        <translation>该记录已被冲销。</translation>
    </message>
    <message>
        <source>%1 is before the entry it reverses (%2)</source>
        <translation>%1 早于被冲销的记录（%2）</translation>
    </message>
    <message>
        <source>Reversing %1 would take the fund below zero: %2 is available on %3.</source>
        <translation>冲销 %1 将使备用金余额为负：%3 可用余额为 %2。</translation>
    </message>
    <message>
        <source>There is no payment %1.</source>
        <translation>没有编号为 %1 的支出。</translation>
    </message>
    <message>
        <source>Payment %1 has no paperwork outstanding.</source>
        <translation>支出 %1 没有待补办的手续。</translation>
    </message>
    <message>
        <source>%1 is before the payment (%2)</source>
        <translation>%1 早于支出日期（%2）</translation>
    </message>
    <message>
        <source>Cannot record the paperwork: %1</source>
        <translation>无法登记补办手续：%1</translation>
    </message>
    <message>
        <source>The year %1 can be closed from December on.</source>
        <translation>%1 年度须在 12 月及以后才能结账。</translation>
    </message>
    <message>
        <source>The year cannot close while payments lack their paperwork: %1.</source>
        <translation>仍有支出未补办手续，不能结账：%1。</translation>
    </message>
    <message>
        <source>Only %1 can be returned: payments after the year&apos;s end already use the rest.</source>
        <translation>只能缴回 %1：其余资金已被年末之后的支出使用。</translation>
    </message>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation>应为月份，格式 YYYY-MM</translation>
    </message>
    <message>
        <source>%1 is above the %2 that %3 may pay alone: a supervisor must approve it.</source>
        <translation>%1 超过 %3 可自行审批的 %2：须由主管审批。</translation>
    </message>
</context>
<context>
    <name>Doudi::FundLedgerModel</name>
    <message>
        <source>reversed</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 已补办</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 前补办</translation>
    </message>
    <message>
        <source>Collective decision: %1</source>
        <translation>一事一议：%1</translation>
    </message>
    <message>
        <source>Second payment this year: %1</source>
        <translation>年内再次救助：%1</translation>
    </message>
    <message>
        <source>Reversal: %1</source>
        <translation>冲销原因：%1</translation>
    </message>
    <message>
        <source>%1 quota: %2</source>
        <translation>%1 年度额度：%2</translation>
    </message>
    <message>
        <source>%1 closed, carried forward</source>
        <translation>%1 年度结账，余额结转</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>领款人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>救助事由</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>发放方式</translation>
    </message>
    <message>
        <source>In (元)</source>
        <translation>收入（元）</translation>
    </message>
    <message>
        <source>Out (元)</source>
        <translation>支出（元）</translation>
    </message>
    <message>
        <source>Balance (元)</source>
        <translation>余额（元）</translation>
    </message>
    <message>
        <source>Prepared / approved</source>
        <translation>经办 / 审批</translation>
    </message>
    <message>
        <source>Paperwork</source>
        <translation>手续</translation>
    </message>
</context>
<context>
    <name>Doudi::FundPaymentDialog</name>
    <message>
        <source>Pay from the reserve fund</source>
        <translation>备用金支出</translation>
    </message>
    <message>
        <source>Name, or part of an ID number</source>
        <translation>姓名或身份证号的一部分</translation>
    </message>
    <message>
        <source>What happened, what the help is for</source>
        <translation>发生了什么，救助用于什么</translation>
    </message>
    <message>
        <source>e.g. 800 or 1,250.50</source>
        <translation>例如 800 或 1,250.50</translation>
    </message>
    <message>
        <source>Only above the cap: the meeting minutes&apos; number</source>
        <translation>仅超过上限时填写：会议纪要文号</translation>
    </message>
    <message>
        <source>Only for a second payment for the same reason this year</source>
        <translation>仅在同一事由年内再次救助时填写</translation>
    </message>
    <message>
        <source>The supervisor&apos;s user name</source>
        <translation>主管的用户名</translation>
    </message>
    <message>
        <source>The supervisor types it here</source>
        <translation>由主管本人输入</translation>
    </message>
    <message>
        <source>Show the voucher for printing afterwards</source>
        <translation>支付后显示凭证以便打印</translation>
    </message>
    <message>
        <source>&amp;Find household:</source>
        <translation>查找家庭户(&amp;F)：</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>家庭户：</translation>
    </message>
    <message>
        <source>Rec&amp;ipient:</source>
        <translation>领款人(&amp;I)：</translation>
    </message>
    <message>
        <source>Reason &amp;type:</source>
        <translation>救助类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>救助事由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Amount (元):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>发放方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Date paid:</source>
        <translation>支付日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>案件(&amp;C)：</translation>
    </message>
    <message>
        <source>Collective decisi&amp;on:</source>
        <translation>一事一议文号(&amp;O)：</translation>
    </message>
    <message>
        <source>Second payment &amp;because:</source>
        <translation>再次救助理由(&amp;B)：</translation>
    </message>
    <message>
        <source>Appro&amp;ver:</source>
        <translation>审批人(&amp;V)：</translation>
    </message>
    <message>
        <source>Approver&apos;s pass&amp;word:</source>
        <translation>审批人密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>支付(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %3, %n person(s)</source>
        <translation>
            <numerusform>%1 — %2，%3，%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n person(s)</source>
        <translation>
            <numerusform>%1，%2，%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, opened %2 (%3)</source>
        <translation>%1，%2 受理（%3）</translation>
    </message>
    <message>
        <source>Balance now: &lt;b&gt;%1&lt;/b&gt; (quota %2)</source>
        <translation>当前余额：&lt;b&gt;%1&lt;/b&gt;（年度额度 %2）</translation>
    </message>
    <message>
        <source>Choose the household to see its limits.</source>
        <translation>选择家庭户后显示其救助限额。</translation>
    </message>
    <message>
        <source>Monthly standard %1 · township limit %2 · you may pay alone up to %3 · cap %4 (above it, a collective decision)</source>
        <translation>月低保标准 %1 · 乡镇审批额度 %2 · 本人可审批 %3 · 上限 %4（超过须一事一议）</translation>
    </message>
    <message>
        <source>Available on %1: %2</source>
        <translation>%1 可用余额：%2</translation>
    </message>
    <message>
        <source>Already paid this year for the same kind of reason: %1 on %2 (voucher %3). A second payment needs the supervisor and a reason.</source>
        <translation>本年度已因同类事由救助：%2 支付 %1（凭证 %3）。再次救助须主管审批并填写理由。</translation>
    </message>
    <message>
        <source>More than the fund has.</source>
        <translation>超过备用金余额。</translation>
    </message>
    <message>
        <source>Above the cap: needs the supervisor and the collective decision.</source>
        <translation>超过上限：须主管审批并经一事一议。</translation>
    </message>
    <message>
        <source>Above your limit: needs the supervisor&apos;s approval.</source>
        <translation>超过本人审批额度：须主管审批。</translation>
    </message>
    <message>
        <source>Within your limit.</source>
        <translation>在本人审批额度内。</translation>
    </message>
    <message>
        <source>After this payment: %1. %2</source>
        <translation>支付后余额：%1。%2</translation>
    </message>
    <message>
        <source>Choose the household first.</source>
        <translation>请先选择家庭户。</translation>
    </message>
    <message>
        <source>Approver: %1</source>
        <translation>审批人：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Reserve fund payment</source>
        <translation>备用金支付</translation>
    </message>
    <message>
        <source>Reserve fund payment: %1</source>
        <translation>备用金支付：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::FundReceiptDialog</name>
    <message>
        <source>The year&apos;s quota</source>
        <translation>年度备用金额度</translation>
    </message>
    <message>
        <source>Money received from the city</source>
        <translation>登记市局拨入资金</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Date received:</source>
        <translation>到账日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Amount (元):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>Approval &amp;document:</source>
        <translation>批准文件(&amp;D)：</translation>
    </message>
    <message>
        <source>City&apos;s &amp;voucher no.:</source>
        <translation>市局凭证号(&amp;V)：</translation>
    </message>
    <message>
        <source>A replenishment of what was paid (补充), not an advance against the quota</source>
        <translation>补充已支出的资金（补充），而非按额度预拨</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::FundRoster</name>
    <message>
        <source>Reserve fund monthly statement</source>
        <translation>临时救助备用金月度报账单</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>收支情况</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Amount (元)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Year&apos;s quota</source>
        <translation>年度额度</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Advances received</source>
        <translation>收到预拨</translation>
    </message>
    <message>
        <source>Replenishments received</source>
        <translation>收到补充</translation>
    </message>
    <message>
        <source>Receipts reversed</source>
        <translation>冲销拨入</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Payments reversed</source>
        <translation>冲销支出</translation>
    </message>
    <message>
        <source>Returned to the city</source>
        <translation>缴回市局</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>Replenishment requested</source>
        <translation>申请补充金额</translation>
    </message>
    <message>
        <source>Payments with paperwork outstanding at the month&apos;s end</source>
        <translation>月末尚未补办手续的支出</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>领款人</translation>
    </message>
    <message>
        <source>Paperwork due</source>
        <translation>手续补办期限</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
</context>
<context>
    <name>Doudi::FundTerms</name>
    <message>
        <source>Yearly quota</source>
        <translation>年度额度</translation>
    </message>
    <message>
        <source>Allocation from the city</source>
        <translation>市局预拨</translation>
    </message>
    <message>
        <source>Replenishment</source>
        <translation>补充</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>结转下年</translation>
    </message>
    <message>
        <source>Returned to the city</source>
        <translation>缴回市局</translation>
    </message>
    <message>
        <source>Emergency (急难型)</source>
        <translation>急难型</translation>
    </message>
    <message>
        <source>Expenditure (支出型)</source>
        <translation>支出型</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>实物</translation>
    </message>
</context>
<context>
    <name>Doudi::FuneralWaiverCertificate</name>
    <message>
        <source>Funeral waiver %1</source>
        <translation>殡葬费用减免 %1</translation>
    </message>
    <message>
        <source>a recipient of the minimum living guarantee (低保)</source>
        <translation>最低生活保障对象</translation>
    </message>
    <message>
        <source>a person supported under extreme poverty (特困)</source>
        <translation>特困供养人员</translation>
    </message>
    <message>
        <source>a child receiving the orphans&apos; basic living allowance</source>
        <translation>领取孤儿（事实无人抚养儿童）基本生活费的儿童</translation>
    </message>
    <message>
        <source>Certificate of basic funeral services fee waiver</source>
        <translation>基本殡葬服务费用减免证明</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>To the funeral home:</source>
        <translation>殡仪馆：</translation>
    </message>
    <message>
        <source>%1 of %2 (ID number %3), %4 of this township, died on %5.</source>
        <translation>兹有%2 %1（身份证号 %3），系本乡镇%4，于%5去世。</translation>
    </message>
    <message>
        <source>Under the policy %1, the basic funeral services (collecting the body, keeping it, cremation, keeping the ashes) are waived up to the amount below.</source>
        <translation>根据政策 %1，其遗体接运、暂存、火化、骨灰寄存等基本殡葬服务费用予以减免，减免限额如下。</translation>
    </message>
    <message>
        <source>Amount waived</source>
        <translation>减免金额</translation>
    </message>
    <message>
        <source>In capitals</source>
        <translation>大写</translation>
    </message>
    <message>
        <source>One certificate a person, issued once; a copy is not valid. The funeral home keeps this certificate with its bill.</source>
        <translation>一人一证，只开具一次，复印无效。殡仪馆凭此证明减免，并与结算单据一并留存。</translation>
    </message>
    <message>
        <source> people&apos;s government (seal)</source>
        <translation>人民政府（盖章）</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Received by (family):</source>
        <translation>领取人（家属）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>Doudi::FuneralWaiverDialog</name>
    <message>
        <source>Funeral waivers issued</source>
        <translation>已开具的殡葬费用减免</translation>
    </message>
    <message>
        <source>Funeral waiver</source>
        <translation>殡葬费用减免</translation>
    </message>
    <message>
        <source>Every basic funeral services waiver the township has issued. Select one to print its certificate again.</source>
        <translation>本乡镇已开具的全部基本殡葬服务费用减免。选中一条可重新打印其证明。</translation>
    </message>
    <message>
        <source>When a member covered by the dibao, 特困 or the orphans&apos; allowance dies, the basic funeral services are waived up to the policy&apos;s amount. The certificate is issued once a person; the family takes it to the funeral home.</source>
        <translation>低保对象、特困人员或领取孤儿基本生活费的儿童去世后，其基本殡葬服务费用按政策限额减免。减免证明每人只开具一次，由家属持往殡仪馆。</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Died on</source>
        <translation>死亡日期</translation>
    </message>
    <message>
        <source>Covered as</source>
        <translation>保障类别</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <source>&amp;Issue the certificate</source>
        <translation>开具减免证明(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Print the certificate…</source>
        <translation>打印减免证明(&amp;P)…</translation>
    </message>
    <message>
        <source>not issued</source>
        <translation>未开具</translation>
    </message>
    <message>
        <source>No funeral waiver has been issued.</source>
        <translation>尚未开具殡葬费用减免。</translation>
    </message>
    <message>
        <source>No death recorded in this household is covered by the funeral waiver.</source>
        <translation>该户登记的死亡成员不在殡葬费用减免范围内。</translation>
    </message>
    <message>
        <source>Certificate %1 issued: %2 waived for %3.</source>
        <translation>已开具证明 %1：%3 减免 %2。</translation>
    </message>
    <message>
        <source>Funeral waiver %1</source>
        <translation>殡葬费用减免 %1</translation>
    </message>
</context>
<context>
    <name>Doudi::FuneralWaivers</name>
    <message>
        <source>The household cannot be worked out: %1</source>
        <translation>无法计算该户：%1</translation>
    </message>
    <message>
        <source>This member&apos;s death is not recorded, or the funeral waiver does not cover them.</source>
        <translation>该成员未登记死亡，或不在殡葬费用减免范围内。</translation>
    </message>
    <message>
        <source>The funeral waiver of %1 was issued already (certificate %2) and is issued once.</source>
        <translation>%1 的殡葬费用减免已开具（证明编号 %2），每人只开具一次。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>Cannot record the funeral waiver (was it issued meanwhile?): %1</source>
        <translation>无法记录殡葬费用减免（是否已在别处开具？）：%1</translation>
    </message>
    <message>
        <source>funeral waiver certificate %1</source>
        <translation>殡葬费用减免证明 %1</translation>
    </message>
    <message>
        <source>no funeral waiver has this number</source>
        <translation>没有此编号的殡葬费用减免</translation>
    </message>
    <message>
        <source>Cannot read the funeral waivers: %1</source>
        <translation>无法读取殡葬费用减免：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::HelpBrowser</name>
    <message>
        <source>User guide</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Doudi::HelpResources</name>
    <message>
        <source>Cannot read or write the resource library: %1</source>
        <translation>无法读写资源库：%1</translation>
    </message>
    <message>
        <source>must be department, mass_organisation, charity or social_work</source>
        <translation>必须是 department、mass_organisation、charity 或 social_work</translation>
    </message>
    <message>
        <source>write the name, at most %1 characters</source>
        <translation>请填写名称，最多 %1 个字</translation>
    </message>
    <message>
        <source>say who gives the help, at most %1 characters</source>
        <translation>请填写提供帮助的单位，最多 %1 个字</translation>
    </message>
    <message>
        <source>say what it offers, at most %1 characters</source>
        <translation>请填写提供什么帮助，最多 %1 个字</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>最多 %1 个字</translation>
    </message>
    <message>
        <source>is required (YYYY-MM-DD)</source>
        <translation>必填（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>must not be before valid_from</source>
        <translation>不能早于生效日期</translation>
    </message>
    <message>
        <source>resource library</source>
        <translation>资源库</translation>
    </message>
    <message>
        <source>Government department</source>
        <translation>政府部门</translation>
    </message>
    <message>
        <source>Mass organisation</source>
        <translation>群团组织</translation>
    </message>
    <message>
        <source>Charity project</source>
        <translation>慈善项目</translation>
    </message>
    <message>
        <source>Social-work station</source>
        <translation>社工站</translation>
    </message>
    <message>
        <source>must be the entry&apos;s UUID</source>
        <translation>必须是条目的 UUID</translation>
    </message>
    <message>
        <source>is the township&apos;s own entry, not the city&apos;s</source>
        <translation>这是乡镇自己的条目，不是市里的</translation>
    </message>
    <message>
        <source>there is no entry of the library with this id</source>
        <translation>资源库中没有这个 id 的条目</translation>
    </message>
    <message>
        <source>the city&apos;s entries are ended by the city</source>
        <translation>市里发布的条目只能由市里结束</translation>
    </message>
    <message>
        <source>must not be before %1, when the entry began</source>
        <translation>不能早于条目的生效日期 %1</translation>
    </message>
</context>
<context>
    <name>Doudi::HomeVisitDialog</name>
    <message>
        <source>Home visit</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>The second investigator (two are required)</source>
        <translation>第二名调查人（须两人以上）</translation>
    </message>
    <message>
        <source>e.g. the applicant and his wife</source>
        <translation>例如：申请人及其配偶</translation>
    </message>
    <message>
        <source>Housing, what the family owns, health, how they live, what neighbours said</source>
        <translation>住房、家庭财产、健康状况、生活状况、邻里反映</translation>
    </message>
    <message>
        <source>Visit &amp;date:</source>
        <translation>调查日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;First investigator:</source>
        <translation>调查人一(&amp;F)：</translation>
    </message>
    <message>
        <source>S&amp;econd investigator:</source>
        <translation>调查人二(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Present:</source>
        <translation>在场家庭成员(&amp;P)：</translation>
    </message>
    <message>
        <source>F&amp;indings:</source>
        <translation>调查情况(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>调查人</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查情况</translation>
    </message>
    <message>
        <source>Family&apos;s signature</source>
        <translation>家庭签字</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>The family si&amp;gned the paper visit record</source>
        <translation>家庭已在纸质调查记录上签字(&amp;G)</translation>
    </message>
</context>
<context>
    <name>Doudi::HouseholdEditor</name>
    <message>
        <source>New household</source>
        <translation>新建家庭户</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭户</translation>
    </message>
    <message>
        <source>&amp;Basic facts</source>
        <translation>基本情况(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>家庭成员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Income</source>
        <translation>收入(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xpenditure</source>
        <translation>刚性支出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>家庭财产(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>e.g. group 3, No. 12</source>
        <translation>例如：3组12号</translation>
    </message>
    <message>
        <source>yuan per month</source>
        <translation>元/月</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>年-月，如 2025-03</translation>
    </message>
    <message>
        <source>Sustained heavy medical expenditure (deducted from income)</source>
        <translation>因病有持续重大支出（支出核减）</translation>
    </message>
    <message>
        <source>Has a legal supporter able to provide support</source>
        <translation>有履行义务能力的法定赡养、抚养、扶养人</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村（社区）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Residence:</source>
        <translation>城乡(&amp;R)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>住址(&amp;D)：</translation>
    </message>
    <message>
        <source>Assistance &amp;now:</source>
        <translation>现享受救助(&amp;N)：</translation>
    </message>
    <message>
        <source>Monthly bene&amp;fit (yuan):</source>
        <translation>月保障金额（元）(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Gradual exit since:</source>
        <translation>渐退起始月份(&amp;G)：</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除该行</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation>重病</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>慢性病</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>在校生</translation>
    </message>
    <message>
        <source>ADL not managed</source>
        <translation>失能项数</translation>
    </message>
    <message>
        <source>Type the ID number: birth date, sex and age fill in by themselves.</source>
        <translation>输入身份证号后，出生日期、性别和年龄会自动填写。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Type of income</source>
        <translation>收入类型</translation>
    </message>
    <message>
        <source>Whole household</source>
        <translation>全户共有</translation>
    </message>
    <message>
        <source>Type of expenditure</source>
        <translation>支出类型</translation>
    </message>
    <message>
        <source>savings, deposits, securities, in yuan</source>
        <translation>存款、理财、证券等，单位：元</translation>
    </message>
    <message>
        <source>A member has a business registration</source>
        <translation>家庭成员有工商登记</translation>
    </message>
    <message>
        <source>&amp;Financial assets (yuan):</source>
        <translation>金融资产（元）(&amp;F)：</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆种类</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <source>Vehicles:</source>
        <translation>车辆：</translation>
    </message>
    <message>
        <source>Dangerous house (grade C/D)</source>
        <translation>危房（C/D 级）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Residences:</source>
        <translation>住房：</translation>
    </message>
    <message>
        <source>Row %1, ID number: %2</source>
        <translation>第 %1 行身份证号：%2</translation>
    </message>
    <message>
        <source>write the date as YYYY-MM-DD</source>
        <translation>日期请按“年-月-日”填写，如 1950-03-15</translation>
    </message>
    <message>
        <source>enter the grade, 1 to 4</source>
        <translation>请填写残疾等级 1 至 4</translation>
    </message>
    <message>
        <source>enter a number from 0 to 6</source>
        <translation>请填写 0 至 6 的数字</translation>
    </message>
    <message>
        <source>that member was removed</source>
        <translation>该成员已被删除</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>未保存。请更正：</translation>
    </message>
    <message>
        <source>Household of %1</source>
        <translation>%1户</translation>
    </message>
    <message>
        <source>Assessmen&amp;t</source>
        <translation>评估(&amp;T)</translation>
    </message>
    <message>
        <source> (read only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>Show full ID numbers (recorded)</source>
        <translation>显示完整身份证号（将记录）</translation>
    </message>
    <message>
        <source>Stored ID numbers show masked. Showing them in full is written in the audit trail under your name.</source>
        <translation>已保存的身份证号以遮蔽方式显示。显示完整号码会以您的名义记入审计记录。</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>the account the benefit is paid into, digits only</source>
        <translation>救助金发放账号，只填数字</translation>
    </message>
    <message>
        <source>Ban&amp;k account:</source>
        <translation>发放账号(&amp;K)：</translation>
    </message>
    <message>
        <source>Helped in another township</source>
        <translation>已在其他乡镇享受救助</translation>
    </message>
    <message>
        <source>Saved. Check with the city before accepting an application:

%1</source>
        <translation>已保存。受理申请前请向市局核实：

%1</translation>
    </message>
    <message>
        <source>Row %1: the region %2 of this ID number is not in the 2023 list of divisions (an old code?); check the number with the person.</source>
        <translation>第 %1 行：身份证号的地区码 %2 不在 2023 年区划代码中（可能是旧代码），请与本人核对。</translation>
    </message>
    <message>
        <source>Row %1: an ID number of %2 %3; birth date, sex and age are filled in.</source>
        <translation>第 %1 行：%2 %3 签发的身份证号；出生日期、性别和年龄已自动填写。</translation>
    </message>
    <message>
        <source>Income per year (yuan)</source>
        <translation>年收入（元）</translation>
    </message>
    <message>
        <source>Expenditure per year (yuan)</source>
        <translation>年支出（元）</translation>
    </message>
    <message>
        <source>Show full ID numbers</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <source>Show this household&apos;s full ID numbers and birth dates? It is recorded in the audit trail under your name, now.</source>
        <translation>确认显示本户完整的身份证号和出生日期？此次查看将以您的名义即时记入审计日志。</translation>
    </message>
    <message>
        <source>Sustained heavy medical expenditure</source>
        <translation>长期大额医疗支出</translation>
    </message>
    <message>
        <source>Capable legal supporter</source>
        <translation>有赡养能力的法定赡养人</translation>
    </message>
    <message>
        <source>Business registration</source>
        <translation>工商登记</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Residences</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>Print household fi&amp;le…</source>
        <translation>打印家庭档案(&amp;L)…</translation>
    </message>
    <message>
        <source>The household&apos;s whole file as saved: members, incomes, assets, determinations, cases and payments (Ctrl+P)</source>
        <translation>按已保存的记录打印本户完整档案：成员、收入、财产、认定、案件和发放（Ctrl+P）</translation>
    </message>
    <message>
        <source>Household file</source>
        <translation>家庭档案</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲情况</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲情况</translation>
    </message>
    <message>
        <source>Brought up</source>
        <translation>养育方式</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>死亡日期</translation>
    </message>
    <message>
        <source>For a member under 18: what became of the parents, and where the child is brought up.</source>
        <translation>未满18周岁的成员：父母情况及养育方式（散居或集中养育）。</translation>
    </message>
    <message>
        <source>When a member has died, the date (YYYY-MM-DD).</source>
        <translation>成员去世的，填写死亡日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <translation>不能晚于今天</translation>
    </message>
    <message>
        <source>must not be before the birth date</source>
        <translation>不能早于出生日期</translation>
    </message>
    <message>
        <source>Refer a member to the resource library (charities, departments, social work) and follow the referral</source>
        <translation>把家庭成员转介到资源库（慈善、部门、社工），并跟踪办理结果</translation>
    </message>
    <message>
        <source>Refer else&amp;where…</source>
        <translation>转介(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>Doudi::HouseholdFile</name>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Household file</source>
        <translation>家庭档案</translation>
    </message>
    <message>
        <source>Head of household: %1</source>
        <translation>户主：%1</translation>
    </message>
    <message>
        <source>Basic facts</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>城乡</translation>
    </message>
    <message>
        <source>Assistance now</source>
        <translation>现享受救助</translation>
    </message>
    <message>
        <source>Monthly benefit</source>
        <translation>月保障金额</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message numerus="yes">
        <source>Members (%n person(s))</source>
        <translation>
            <numerusform>家庭成员（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, grade %2</source>
        <translation>%1%2级</translation>
    </message>
    <message>
        <source>serious illness</source>
        <translation>重病</translation>
    </message>
    <message>
        <source>chronic illness</source>
        <translation>慢性病</translation>
    </message>
    <message>
        <source>student</source>
        <translation>在校学生</translation>
    </message>
    <message numerus="yes">
        <source>%n daily activity(ies) not managed</source>
        <translation>
            <numerusform>%n 项日常生活不能自理</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Health, disability, school</source>
        <translation>健康、残疾、就学</translation>
    </message>
    <message>
        <source>Income and expenditure per year</source>
        <translation>年收入和支出</translation>
    </message>
    <message>
        <source>Whole household</source>
        <translation>全户共有</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>财产</translation>
    </message>
    <message>
        <source>Financial assets</source>
        <translation>金融资产</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation>车辆：%1</translation>
    </message>
    <message>
        <source>A member has a business registration</source>
        <translation>家庭成员有工商登记</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>财产</translation>
    </message>
    <message>
        <source>Value or note</source>
        <translation>价值或说明</translation>
    </message>
    <message>
        <source>Determinations</source>
        <translation>认定记录</translation>
    </message>
    <message>
        <source>Saved on</source>
        <translation>保存日期</translation>
    </message>
    <message>
        <source>For</source>
        <translation>认定月份</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>月金额</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理步骤</translation>
    </message>
    <message>
        <source>Monthly amounts decided and paid</source>
        <translation>核定与发放</translation>
    </message>
    <message>
        <source>decided (%1)</source>
        <translation>核定（%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不发放</translation>
    </message>
    <message>
        <source>paid, batch %1</source>
        <translation>发放，批次 %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reserve fund payments</source>
        <translation>备用金支出</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>救助事由</translation>
    </message>
    <message>
        <source>Printed by %1 on %2, from the records as saved.</source>
        <translation>%1 于 %2 打印，以已保存的记录为准。</translation>
    </message>
    <message>
        <source>House: dangerous (grade C/D)</source>
        <translation>住房：危房（C/D 级）</translation>
    </message>
    <message>
        <source>House</source>
        <translation>住房</translation>
    </message>
</context>
<context>
    <name>Doudi::HouseholdJson</name>
    <message>
        <source>must be physical, visual, hearing, speech, intellectual, mental or multiple</source>
        <translation>应为 physical、visual、hearing、speech、intellectual、mental 或 multiple</translation>
    </message>
    <message>
        <source>must be 1 to 4, not %1</source>
        <translation>应为 1 至 4，而不是 %1</translation>
    </message>
    <message>
        <source>must have 18 characters, not %1</source>
        <translation>应为 18 位，而不是 %1 位</translation>
    </message>
    <message>
        <source>must be a real date written YYYY-MM-DD</source>
        <translation>应为真实日期，格式 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be 0 to 6, not %1</source>
        <translation>应为 0 至 6，而不是 %1</translation>
    </message>
    <message>
        <source>there is no member %1</source>
        <translation>没有第 %1 号成员</translation>
    </message>
    <message>
        <source>must be none, dibao, tekun or gradual_exit</source>
        <translation>应为 none、dibao、tekun 或 gradual_exit</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>应为 %1</translation>
    </message>
    <message>
        <source>must be rural or urban</source>
        <translation>应为 rural 或 urban</translation>
    </message>
    <message>
        <source>a household must be a JSON object</source>
        <translation>一户应为一个 JSON 对象</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>must be present, dead, declared_missing, lost_contact, detained, severely_disabled or seriously_ill</source>
        <translation>必须是 present、dead、declared_missing、lost_contact、detained、severely_disabled 或 seriously_ill</translation>
    </message>
    <message>
        <source>must be family or institution</source>
        <translation>必须是 family（社会散居）或 institution（集中养育）</translation>
    </message>
</context>
<context>
    <name>Doudi::HouseholdListModel</name>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>城乡</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>%1 — %2 (member)</source>
        <translation>%1 — %2（成员）</translation>
    </message>
</context>
<context>
    <name>Doudi::HouseholdRepository</name>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>choose the village the household lives in</source>
        <translation>请选择该户所在的村（社区）</translation>
    </message>
    <message>
        <source>%1 is not a village of this township</source>
        <translation>%1 不是本乡镇的村（社区）</translation>
    </message>
    <message>
        <source>The household no longer exists; it may have been deleted.</source>
        <translation>该户已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>There is no household %1.</source>
        <translation>没有编号为 %1 的家庭户。</translation>
    </message>
    <message>
        <source>Cannot save the household (%1): %2</source>
        <translation>无法保存家庭户（%1）：%2</translation>
    </message>
    <message>
        <source>the village %1 is retired; choose the one it went into</source>
        <translation>村（社区）%1 已撤销，请选择其并入的村（社区）</translation>
    </message>
    <message>
        <source>the household of %1 in %2</source>
        <translation>%2%1户</translation>
    </message>
    <message>
        <source>this person is already a member of %1; move them out of that household first</source>
        <translation>此人已是%1的成员；请先将其从该户移出</translation>
    </message>
    <message>
        <source>The household %1 has no place in the list.</source>
        <translation>家庭 %1 在列表中没有位置记录。</translation>
    </message>
</context>
<context>
    <name>Doudi::HouseholdSearchIndex</name>
    <message>
        <source>Cannot rebuild the name search: %1</source>
        <translation>无法重建姓名检索：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::HouseholdValidator</name>
    <message>
        <source>a household needs at least one member</source>
        <translation>一户至少要有一名成员</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>must be a lowercase word such as head, spouse or child</source>
        <translation>应为小写英文词，如 head、spouse 或 child</translation>
    </message>
    <message>
        <source>is not a real date</source>
        <translation>不是真实的日期</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>晚于今天</translation>
    </message>
    <message>
        <source>must be 1 to 4, not %1</source>
        <translation>应为 1 至 4，而不是 %1</translation>
    </message>
    <message>
        <source>must be 0 to 6, not %1</source>
        <translation>应为 0 至 6，而不是 %1</translation>
    </message>
    <message>
        <source>is the same ID number as member %1</source>
        <translation>与第 %1 名成员的身份证号相同</translation>
    </message>
    <message>
        <source>there is no member %1</source>
        <translation>没有第 %1 号成员</translation>
    </message>
    <message>
        <source>must be a lowercase word such as wage</source>
        <translation>应为小写英文词，如 wage</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>must be medical_self_paid, education or care</source>
        <translation>应为 medical_self_paid、education 或 care</translation>
    </message>
    <message>
        <source>must be a lowercase word such as car</source>
        <translation>应为小写英文词，如 car</translation>
    </message>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation>应为月份，格式 YYYY-MM</translation>
    </message>
    <message>
        <source>must be the account&apos;s 8 to 30 digits, without spaces</source>
        <translation>必须是 8 到 30 位数字的账号，不含空格</translation>
    </message>
    <message>
        <source>a household of more than %1 people is not one household</source>
        <translation>超过 %1 人的不是一个家庭户</translation>
    </message>
</context>
<context>
    <name>Doudi::IdNumber</name>
    <message>
        <source>is empty</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>character %1 is not a digit</source>
        <translation>第 %1 位不是数字</translation>
    </message>
    <message>
        <source>must have 18 characters, not %1</source>
        <translation>应为 18 位，而不是 %1 位</translation>
    </message>
    <message>
        <source>the last character must be a digit or X</source>
        <translation>最后一位应为数字或 X</translation>
    </message>
    <message>
        <source>characters 7–14 are not a real birth date</source>
        <translation>第 7 至 14 位不是真实的出生日期</translation>
    </message>
    <message>
        <source>the birth year %1 is impossible</source>
        <translation>出生年份 %1 不可能</translation>
    </message>
    <message>
        <source>the birth date is in the future</source>
        <translation>出生日期晚于今天</translation>
    </message>
    <message>
        <source>check character should be %1</source>
        <translation>校验码应为 %1</translation>
    </message>
</context>
<context>
    <name>Doudi::IdNumberHashes</name>
    <message>
        <source>Cannot read the ID hash key: %1</source>
        <translation>无法读取身份证号散列密钥：%1</translation>
    </message>
    <message>
        <source>Cannot store the ID hash key: %1</source>
        <translation>无法保存身份证号散列密钥：%1</translation>
    </message>
    <message>
        <source>Cannot read the townships&apos; members: %1</source>
        <translation>无法读取各乡镇的家庭成员：%1</translation>
    </message>
    <message>
        <source>is not a hash key</source>
        <translation>不是有效的散列密钥</translation>
    </message>
    <message>
        <source>Cannot replace the ID hashes: %1</source>
        <translation>无法更新身份证号散列：%1</translation>
    </message>
    <message>
        <source>a township&apos;s hashes are damaged</source>
        <translation>某乡镇的散列数据已损坏</translation>
    </message>
    <message>
        <source>Cannot read the ID hashes: %1</source>
        <translation>无法读取身份证号散列：%1</translation>
    </message>
    <message>
        <source>%1 (%2) is a member of a household helped in %3.</source>
        <translation>%1（%2）是乡镇 %3 救助家庭的成员。</translation>
    </message>
</context>
<context>
    <name>Doudi::ImportSheetDialog</name>
    <message>
        <source>Import households from Excel</source>
        <translation>从 Excel 导入家庭户</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>none (the roster says)</source>
        <translation>无（以表中为准）</translation>
    </message>
    <message>
        <source>For a roster without a category column: a 低保花名册 lists dibao households only.</source>
        <translation>用于没有类别列的花名册：低保花名册中都是低保户。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Category when the roster has none:</source>
        <translation>表中没有类别时按：</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header in the roster</source>
        <translation>表中的表头</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Monthly benefit</source>
        <translation>月保障金</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Households</source>
        <translation>家庭户(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>问题(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>列(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import the &amp;valid households</source>
        <translation>只导入无误的户(&amp;V)</translation>
    </message>
    <message>
        <source>Leaves out every household with a problem; the rows left out are listed.</source>
        <translation>有问题的家庭户不导入，并列出未导入的行。</translation>
    </message>
    <message>
        <source>Save &amp;mapping…</source>
        <translation>保存对应关系(&amp;M)…</translation>
    </message>
    <message>
        <source>Keeps what the columns are, to read next month&apos;s roster the same way.</source>
        <translation>保存各列的对应关系，下个月的花名册照此读取。</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>载入对应关系(&amp;L)…</translation>
    </message>
    <message>
        <source>The office&apos;s roster</source>
        <translation>单位的花名册</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;All files (*)</source>
        <translation>花名册 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>(the whole file)</source>
        <translation>（整个文件）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Choose what each column is on the Columns page.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;请在“列”页中选择各列的内容。</translation>
    </message>
    <message>
        <source>Choose the roster the office kept in Excel or WPS (.xlsx or .csv).</source>
        <translation>请选择单位用 Excel 或 WPS 保存的花名册（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>has a problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>&amp;Problems (%1)</source>
        <translation>问题(&amp;P)（%1）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2 户</translation>
    </message>
    <message>
        <source>%1 households, %2 members in rows below row %3. Ready: %4; monthly benefits %5.</source>
        <translation>第 %3 行以下共 %1 户 %2 人。可导入：%4；月保障金合计 %5。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No problems: import brings in every household.</source>
        <translation>没有问题：导入将带入全部家庭户。</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2 row(s): correct the roster and choose it again, or import the valid households only.</source>
        <translation>%2 行中有 %1 处问题：请更正花名册后重新选择，或只导入无误的家庭户。</translation>
    </message>
    <message>
        <source>Import %1 households and leave out %2 rows with problems?</source>
        <translation>导入 %1 户，不导入有问题的 %2 行？</translation>
    </message>
    <message>
        <source>Import %1 households with %2 members?</source>
        <translation>导入 %1 户共 %2 人？</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>%1 households are imported.</source>
        <translation>已导入 %1 户。</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>保存对应关系</translation>
    </message>
    <message>
        <source>-mapping.json</source>
        <translation>-对应关系.json</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>对应关系 (*.json)</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>载入对应关系</translation>
    </message>
</context>
<context>
    <name>Doudi::JsonReader</name>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
</context>
<context>
    <name>Doudi::KeySlots</name>
    <message>
        <source>Cannot read the key slots: %1</source>
        <translation>无法读取密钥槽：%1</translation>
    </message>
    <message>
        <source>Cannot store the key slot: %1</source>
        <translation>无法保存密钥槽：%1</translation>
    </message>
    <message>
        <source>Cannot remove the key slot: %1</source>
        <translation>无法删除密钥槽：%1</translation>
    </message>
    <message>
        <source>The site&apos;s keys are locked: only a user of this site who has logged in can sign, open or seal its secrets (on the command line: --user). An account made before the keys were protected gets its key when an administrator sets its password.</source>
        <translation>本站密钥已锁定：只有登录后的本站用户才能签名、打开或加密保存本站机密（命令行请用 --user）。密钥加密保护之前建立的账户，需由管理员为其重设密码后才能取得密钥。</translation>
    </message>
</context>
<context>
    <name>Doudi::LoginDialog</name>
    <message>
        <source>Doudi is locked</source>
        <translation>兜底已锁定</translation>
    </message>
    <message>
        <source>Log in to Doudi</source>
        <translation>登录兜底</translation>
    </message>
    <message>
        <source>The desk was locked after a while without use. Your open work is kept; enter your password to go on.</source>
        <translation>长时间未操作，系统已锁定。已打开的工作都保留着；请输入密码继续。</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit Doudi</source>
        <translation>退出兜底(&amp;Q)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Doudi — %1 social assistance</source>
        <translation>兜底 — %1社会救助</translation>
    </message>
    <message>
        <source>Doudi</source>
        <translation>兜底</translation>
    </message>
    <message>
        <source>Demo database: log in as clerk1, supervisor, admin or cadre01 with the password %1 (for trying Doudi out only).</source>
        <translation>演示数据库：可用 clerk1、supervisor、admin 或 cadre01 登录，密码 %1（仅供试用）。</translation>
    </message>
    <message>
        <source>The desk is locked. Your open work is kept; enter your password to go on.</source>
        <translation>桌面已锁定。打开的工作都保留着；输入密码继续。</translation>
    </message>
    <message>
        <source>&amp;Someone else signs in</source>
        <translation>换人登录(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Doudi::MainWindow</name>
    <message>
        <source>Doudi — %1 social assistance</source>
        <translation>兜底 — %1社会救助</translation>
    </message>
    <message>
        <source>Doudi</source>
        <translation>兜底</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>查找(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村（社区）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>家庭户(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation>帮助(&amp;L)</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>家庭户</translation>
    </message>
    <message>
        <source>&amp;New household</source>
        <translation>新建家庭户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open household</source>
        <translation>打开家庭户(&amp;O)</translation>
    </message>
    <message>
        <source>De&amp;lete household…</source>
        <translation>删除家庭户(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About Doudi</source>
        <translation>关于兜底(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>共 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>删除家庭户</translation>
    </message>
    <message>
        <source>Delete the household of %1? The record is kept as deleted so that the city learns of it.</source>
        <translation>确定删除 %1 户吗？记录将标记为已删除并保留，以便同步告知市民政局。</translation>
    </message>
    <message>
        <source>About Doudi</source>
        <translation>关于兜底</translation>
    </message>
    <message>
        <source>Search by name, ID number or pinyin initials</source>
        <translation>按姓名、身份证号或拼音首字母查找</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>评估(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Policies and standards…</source>
        <translation>政策与标准(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Re-evaluate every household…</source>
        <translation>重新评估全部家庭户(&amp;R)…</translation>
    </message>
    <message>
        <source>The new determinations are saved.</source>
        <translation>新的评估结果已保存。</translation>
    </message>
    <message>
        <source>Standards: example policy, not yet the bureau&apos;s</source>
        <translation>当前标准：示例政策（尚未导入市民政局正式政策）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>审计记录(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>The audit trail of this database is broken: %1
Open File → Audit trail and press Verify for the details, and tell the city bureau.</source>
        <translation>本数据库的审计记录已被破坏：%1
请打开“文件 → 审计记录”并点击“核验”查看详情，并报告市民政局。</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <source>All &amp;cases…</source>
        <translation>全部案件(&amp;C)…</translation>
    </message>
    <message>
        <source>Reserve f&amp;und</source>
        <translation>备用金(&amp;U)</translation>
    </message>
    <message>
        <source>Reserve fund &amp;ledger…</source>
        <translation>备用金台账(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Pay this household from the reserve fund…</source>
        <translation>为选中家庭户支出备用金(&amp;P)…</translation>
    </message>
    <message>
        <source>Paid from the reserve fund.</source>
        <translation>已从备用金支出。</translation>
    </message>
    <message>
        <source>&amp;Rosters and reports…</source>
        <translation>名册与报表(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>报表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>工作台(&amp;D)</translation>
    </message>
    <message>
        <source>Hous&amp;eholds</source>
        <translation>家庭户(&amp;E)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Doudi %1&lt;/h3&gt;&lt;p&gt;The desk of a township social-assistance office: minimum living guarantee, extreme poverty support and temporary assistance, offline first.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;This site&apos;s key fingerprint: &lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;兜底 %1&lt;/h3&gt;&lt;p&gt;乡镇社会救助经办桌面系统：最低生活保障、特困人员救助供养和临时救助，离线优先。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;&lt;p&gt;本站点密钥指纹：&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Sync packages…</source>
        <translation>同步数据包(&amp;S)…</translation>
    </message>
    <message>
        <source>Doudi — %1 civil affairs bureau</source>
        <translation>兜底 — %1民政局</translation>
    </message>
    <message>
        <source>Import from &amp;Excel…</source>
        <translation>从 Excel 导入(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 households imported from the roster.</source>
        <translation>已从花名册导入 %1 户。</translation>
    </message>
    <message>
        <source>&amp;Maintenance</source>
        <translation>数据维护(&amp;M)</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backups are not set up yet: the administrator chooses the folder and the passphrase in Maintenance → Backup settings.</source>
        <translation>尚未设置备份：请管理员在“数据维护 → 备份设置”中选择文件夹和口令。</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Backup &amp;settings…</source>
        <translation>备份设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backing up for the day…</source>
        <translation>正在进行每日备份…</translation>
    </message>
    <message>
        <source>Backed up for the day.</source>
        <translation>每日备份已完成。</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>关闭前正在备份…</translation>
    </message>
    <message>
        <source>The backup at close did not succeed: %1

Close Doudi anyway?</source>
        <translation>关闭时的备份没有成功：%1

仍要关闭兜底吗？</translation>
    </message>
    <message>
        <source>&amp;Villages and communities…</source>
        <translation>村（社区）(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Monthly payments…</source>
        <translation>按月发放(&amp;M)…</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>发放(&amp;Y)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除查找</translation>
    </message>
    <message>
        <source>No results in this village.</source>
        <translation>本村无结果。</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>无结果：“%1”。</translation>
    </message>
    <message>
        <source>&amp;Due and overdue…</source>
        <translation>待办与逾期(&amp;D)…</translation>
    </message>
    <message>
        <source>Sign out / s&amp;witch user</source>
        <translation>注销 / 切换用户(&amp;W)</translation>
    </message>
    <message>
        <source>Someone else signs in</source>
        <translation>换人登录</translation>
    </message>
    <message>
        <source>%1 left %2 form(s) with unsaved changes. Signing in as someone else gives them up. Go on?</source>
        <translation>%1 有 %2 个表单的修改尚未保存。换人登录将放弃这些修改。继续吗？</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <source>Recover &amp;unsaved entries…</source>
        <translation>恢复未保存的录入(&amp;U)…</translation>
    </message>
    <message>
        <source>Nothing typed is waiting to be recovered.</source>
        <translation>没有需要恢复的录入。</translation>
    </message>
    <message>
        <source>more than %L1 households</source>
        <translation>超过 %L1 户</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>%1
Save nothing more in it: close Doudi, copy the file aside for the city bureau, and have the last backup restored (Maintenance → Restore from a backup).</source>
        <translation>%1
请不要再往其中保存任何内容：关闭兜底，把这个文件另存一份交给市民政局，然后恢复最近的备份（数据维护 → 从备份恢复）。</translation>
    </message>
    <message>
        <source>Price &amp;linkage</source>
        <translation>物价联动(&amp;L)</translation>
    </message>
    <message>
        <source>Pay the temporary &amp;price subsidy…</source>
        <translation>发放价格临时补贴(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Funeral waivers issued…</source>
        <translation>已开具的殡葬费用减免(&amp;F)…</translation>
    </message>
    <message>
        <source>Care &amp;register (三留守)…</source>
        <translation>“三留守”关爱服务登记(&amp;R)…</translation>
    </message>
    <message>
        <source>Referr&amp;als and resource library…</source>
        <translation>转介与救助资源库(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>Doudi::MemberProgramFields</name>
    <message>
        <source>Parents (for a minor) and date of death</source>
        <translation>父母情况（未成年人）与死亡日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Father:</source>
        <translation>父亲(&amp;F)：</translation>
    </message>
    <message>
        <source>M&amp;other:</source>
        <translation>母亲(&amp;O)：</translation>
    </message>
    <message>
        <source>Brought &amp;up:</source>
        <translation>养育方式(&amp;U)：</translation>
    </message>
    <message>
        <source>Date of &amp;death:</source>
        <translation>死亡日期(&amp;D)：</translation>
    </message>
    <message>
        <source>No member chosen</source>
        <translation>未选择成员</translation>
    </message>
    <message>
        <source>Row %1 %2</source>
        <translation>第 %1 行 %2</translation>
    </message>
</context>
<context>
    <name>Doudi::Money</name>
    <message>
        <source>no amount was entered</source>
        <translation>未填写金额</translation>
    </message>
    <message>
        <source>has more than two decimal places (the smallest unit is one fen)</source>
        <translation>小数超过两位（最小单位为分）</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>金额过大</translation>
    </message>
</context>
<context>
    <name>Doudi::NewDatabase</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 already exists; a new database never overwrites one.</source>
        <translation>%1 已存在；新建数据库不会覆盖已有的数据库。</translation>
    </message>
    <message>
        <source>The new database did not pass its integrity check.</source>
        <translation>新建的数据库未通过完整性检查。</translation>
    </message>
    <message>
        <source>The new database has no site.</source>
        <translation>新建的数据库没有站点信息。</translation>
    </message>
    <message>
        <source>Cannot finish writing the new database: %1</source>
        <translation>无法完成新数据库的写入：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::NoticeRoster</name>
    <message>
        <source>Public notice of applications for assistance</source>
        <translation>最低生活保障、特困人员救助供养申请公示名单</translation>
    </message>
    <message>
        <source>Complaint hotline</source>
        <translation>监督举报电话</translation>
    </message>
    <message>
        <source>(ask the township office)</source>
        <translation>（请向乡镇人民政府咨询）</translation>
    </message>
    <message>
        <source>Anyone who knows of facts that differ may report them to the township or the complaint hotline during the notice period. Reports are kept confidential.</source>
        <translation>公示期内，对公示对象有异议的，可向乡镇人民政府或拨打监督举报电话反映，我们将为反映人保密。</translation>
    </message>
    <message>
        <source>Township people&apos;s government (seal)</source>
        <translation>乡镇人民政府（盖章）</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Monthly amount (元)</source>
        <translation>月救助金额（元）</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>公示期</translation>
    </message>
    <message>
        <source>Extreme poverty (特困)</source>
        <translation>特困供养</translation>
    </message>
    <message>
        <source>Dibao (低保)</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>No application is on public notice in %1.</source>
        <translation>%1 没有公示中的申请。</translation>
    </message>
</context>
<context>
    <name>Doudi::OfficeNotices</name>
    <message>
        <source>Backups are not set up: choose the folder and the passphrase in Maintenance → Backup settings.</source>
        <translation>尚未设置备份：请在“数据维护 → 备份设置”中选择文件夹和口令。</translation>
    </message>
    <message>
        <source>Backups are not set up: ask the administrator to set them up.</source>
        <translation>尚未设置备份：请联系管理员设置。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached: plug in the USB stick, or choose another folder.</source>
        <translation>无法访问备份文件夹 %1：请插好 U 盘，或另选文件夹。</translation>
    </message>
    <message>
        <source>The last backup is of %1, more than %2 days ago: make one now (Maintenance → Back up now).</source>
        <translation>最近一次备份是 %1，已超过 %2 天：请立即备份（数据维护 → 立即备份）。</translation>
    </message>
    <message>
        <source>There is no backup in %1 yet: make one now (Maintenance → Back up now).</source>
        <translation>%1 中还没有备份：请立即备份（数据维护 → 立即备份）。</translation>
    </message>
    <message>
        <source>The working-day calendar of %1 is not here yet: import the State Council&apos;s holiday arrangement (calendar import) when it is published, or deadlines in %1 will be estimates.</source>
        <translation>%1 年的工作日历尚未导入：国务院节假日安排发布后请导入（calendar import），否则 %1 年的办理时限只是估算。</translation>
    </message>
</context>
<context>
    <name>Doudi::PackageBody</name>
    <message>
        <source>The package&apos;s contents are damaged (line %1).</source>
        <translation>数据包内容已损坏（第 %1 行）。</translation>
    </message>
    <message>
        <source>The package&apos;s contents are not in a format this Doudi reads.</source>
        <translation>数据包内容的格式本版兜底无法读取。</translation>
    </message>
</context>
<context>
    <name>Doudi::PackageImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Not imported: the fingerprint was not confirmed.</source>
        <translation>未导入：密钥指纹未经确认。</translation>
    </message>
    <message numerus="yes">
        <source>Already enrolled with %1; %n policy(ies) checked.</source>
        <translation>
            <numerusform>已与 %1 注册；核对政策 %n 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrolled with %1; %n policy(ies) imported.</source>
        <translation>
            <numerusform>已与 %1 完成注册；导入政策 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Package %1 from %2 was imported before; nothing changed.</source>
        <translation>%2的第 %1 号数据包此前已导入，未作任何改动。</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>未导入。</translation>
    </message>
    <message>
        <source>Package %1 from %2 is missing. This one (%3) is kept and applied as soon as package %1 is imported.</source>
        <translation>缺少%2的第 %1 号数据包。本包（第 %3 号）已暂存，第 %1 号导入后立即应用。</translation>
    </message>
    <message>
        <source>Package %1 from %2 imported.</source>
        <translation>%2的第 %1 号数据包已导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) that were waiting for it were applied too.</source>
        <translation>
            <numerusform>暂存等待的 %n 个数据包也已一并应用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on both sides wait in the conflict queue for your decision.</source>
        <translation>
            <numerusform>%n 条双方都修改过的记录在冲突队列中等待您处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>villages</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>households</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>incomes</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>expenditures</source>
        <translation>刚性支出</translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>residences</source>
        <translation>房产</translation>
    </message>
    <message>
        <source>determinations</source>
        <translation>认定结果</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>case steps and visits</source>
        <translation>办理步骤与入户调查</translation>
    </message>
    <message>
        <source>reserve fund entries</source>
        <translation>备用金账目</translation>
    </message>
    <message>
        <source>payment paperwork</source>
        <translation>支付补办手续</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>policies</source>
        <translation>政策标准</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>city decisions</source>
        <translation>市局审批决定</translation>
    </message>
    <message>
        <source>ID hash lists</source>
        <translation>身份证号散列表</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>没有新内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on both sides will wait in the conflict queue.</source>
        <translation>
            <numerusform>%n 条双方都修改过的记录将进入冲突队列等待处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>price indices</source>
        <translation>价格指数</translation>
    </message>
    <message>
        <source>price subsidy payments</source>
        <translation>价格临时补贴发放记录</translation>
    </message>
</context>
<context>
    <name>Doudi::PackageOutbox</name>
    <message>
        <source>Cannot record the package&apos;s file: %1</source>
        <translation>无法记录同步包文件：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::PasswordHasher</name>
    <message>
        <source>must have at least %1 characters</source>
        <translation>至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>内存不足，无法保护密码。</translation>
    </message>
</context>
<context>
    <name>Doudi::PasswordKey</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>A key slot of this site is damaged.</source>
        <translation>本站的一个密钥槽已损坏。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>内存不足，无法保护密码。</translation>
    </message>
</context>
<context>
    <name>Doudi::PaymentBatches</name>
    <message>
        <source>Cannot read the households: %1</source>
        <translation>无法读取家庭户：%1</translation>
    </message>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation>必须是 YYYY-MM 格式的月份</translation>
    </message>
    <message>
        <source>must be regular or supplement</source>
        <translation>必须是 regular（正常发放）或 supplement（补发）</translation>
    </message>
    <message>
        <source>no bank account on the household&apos;s record</source>
        <translation>家庭户档案中没有银行账号</translation>
    </message>
    <message>
        <source>Cannot read the returned payments: %1</source>
        <translation>无法读取被退回的发放：%1</translation>
    </message>
    <message>
        <source>returned by the bank; correct the account or the holder&apos;s name first</source>
        <translation>已被银行退回；请先更正账号或户名</translation>
    </message>
    <message>
        <source>Cannot read the payments: %1</source>
        <translation>无法读取发放记录：%1</translation>
    </message>
    <message>
        <source>Cannot read the payment batches: %1</source>
        <translation>无法读取发放批次：%1</translation>
    </message>
    <message>
        <source>The %1 batch of %2 (%3) is already approved; what it missed goes into a supplement.</source>
        <translation>%2 的%1批次（%3）已审批；遗漏的款项请通过补发批次发放。</translation>
    </message>
    <message>
        <source>The %1 batch of %2 (%3) is already prepared; discard it first to prepare it again.</source>
        <translation>%2 的%1批次（%3）已生成；如需重新生成，请先作废。</translation>
    </message>
    <message>
        <source>Nobody has an approved amount to be paid in %1.</source>
        <translation>%1 没有需按核定金额发放的对象。</translation>
    </message>
    <message>
        <source>Nothing is waiting to be paid again: no returned payment with a corrected account, no month an approved batch missed.</source>
        <translation>没有待补发的款项：既没有已更正账户的退回款，也没有已审批批次遗漏的月份。</translation>
    </message>
    <message>
        <source>Cannot record the payment batch: %1</source>
        <translation>无法记录发放批次：%1</translation>
    </message>
    <message>
        <source>Cannot record the payment of line %1: %2</source>
        <translation>无法记录第 %1 行的发放：%2</translation>
    </message>
    <message>
        <source>Cannot read the payment batch: %1</source>
        <translation>无法读取发放批次：%1</translation>
    </message>
    <message>
        <source>no payment batch “%1”</source>
        <translation>没有发放批次“%1”</translation>
    </message>
    <message>
        <source>Batch %1 is approved: it is a record and is never discarded.</source>
        <translation>批次 %1 已审批：它是正式记录，不能作废。</translation>
    </message>
    <message>
        <source>Cannot discard the batch: %1</source>
        <translation>无法作废批次：%1</translation>
    </message>
    <message>
        <source>Batch %1 is already approved.</source>
        <translation>批次 %1 已审批。</translation>
    </message>
    <message>
        <source>The lines of batch %1 are not the ones prepared: it was changed outside Doudi. Discard it and prepare it again.</source>
        <translation>批次 %1 的明细与生成时不一致：已在兜底之外被改动。请作废后重新生成。</translation>
    </message>
    <message>
        <source>A decision or a bank account changed since batch %1 was prepared: discard it and prepare it again, so that the list approved is the list paid.</source>
        <translation>批次 %1 生成后有核定决定或银行账号发生变化：请作废后重新生成，确保审批的名单就是发放的名单。</translation>
    </message>
    <message>
        <source>Cannot approve the batch: %1</source>
        <translation>无法审批批次：%1</translation>
    </message>
    <message>
        <source>Cannot record the payment&apos;s outcome: %1</source>
        <translation>无法登记发放结果：%1</translation>
    </message>
    <message>
        <source>Batch %1 is not approved yet: nothing of it has been paid.</source>
        <translation>批次 %1 尚未审批：其中没有任何款项已发放。</translation>
    </message>
    <message>
        <source>Batch %1 is already marked paid.</source>
        <translation>批次 %1 已标记为发放完毕。</translation>
    </message>
    <message>
        <source>Cannot mark the batch paid: %1</source>
        <translation>无法标记批次已发放：%1</translation>
    </message>
    <message>
        <source>say why the bank returned it (账户已销户, 户名不符 …)</source>
        <translation>请说明银行退回的原因（账户已销户、户名不符……）</translation>
    </message>
    <message>
        <source>Batch %1 is not approved yet: nothing of it went to the bank.</source>
        <translation>批次 %1 尚未审批：尚未报送银行。</translation>
    </message>
    <message>
        <source>the household has no payment in batch %1</source>
        <translation>该户在批次 %1 中没有发放记录</translation>
    </message>
    <message>
        <source>The household&apos;s payment in batch %1 is already settled; a settled payment is never changed.</source>
        <translation>该户在批次 %1 中的发放已有结果；已有结果的发放不能更改。</translation>
    </message>
    <message>
        <source>Batch %1 is not approved yet: the bank cannot have answered it.</source>
        <translation>批次 %1 尚未审批：银行不可能已有回盘。</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>reference “%1” is not a line of batch %2</source>
        <translation>参考号“%1”不属于批次 %2</translation>
    </message>
    <message>
        <source>reference %1 appears twice</source>
        <translation>参考号 %1 出现了两次</translation>
    </message>
    <message>
        <source>the bank gives %1 for %2, the batch %3</source>
        <translation>银行回盘中 %2 的金额为 %1，批次中为 %3</translation>
    </message>
    <message>
        <source>%1 is already recorded as %2; a settled payment is never changed</source>
        <translation>%1 已登记为“%2”；已有结果的发放不能更改</translation>
    </message>
    <message>
        <source>returned by the bank</source>
        <translation>银行退回</translation>
    </message>
    <message>
        <source>Cannot record the bank file: %1</source>
        <translation>无法登记银行文件：%1</translation>
    </message>
    <message>
        <source>Cannot read the bank files: %1</source>
        <translation>无法读取银行文件记录：%1</translation>
    </message>
    <message>
        <source>supplement</source>
        <translation>补发</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>正常发放</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>at the bank</source>
        <translation>待银行反馈</translation>
    </message>
</context>
<context>
    <name>Doudi::PaymentRoster</name>
    <message>
        <source>Payment roster of minimum living guarantee and extreme poverty support</source>
        <translation>城乡最低生活保障、特困人员救助供养金发放花名册</translation>
    </message>
    <message>
        <source>Month paid</source>
        <translation>发放月份</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Township head:</source>
        <translation>乡镇负责人：</translation>
    </message>
    <message>
        <source>ID numbers show their first 6 and last 4 characters, bank accounts their last 4 digits. The base of 特困 support includes the care allowance.</source>
        <translation>身份证号仅显示前 6 位和后 4 位，银行账号仅显示后 4 位。特困人员基本金额含照料护理费。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Base (元)</source>
        <translation>基本金额（元）</translation>
    </message>
    <message>
        <source>增发 (元)</source>
        <translation>增发（元）</translation>
    </message>
    <message>
        <source>Total (元)</source>
        <translation>合计（元）</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>领款人签字</translation>
    </message>
    <message>
        <source>Nobody is paid in %1.</source>
        <translation>%1 没有发放对象。</translation>
    </message>
    <message>
        <source>none yet: the approved amounts, to be paid once a batch is approved</source>
        <translation>尚未生成：按核定金额列出，批次审批后发放</translation>
    </message>
    <message>
        <source>Payment batch</source>
        <translation>发放批次</translation>
    </message>
    <message numerus="yes">
        <source>The rules now propose another amount for %n household(s): they are paid what was approved until a review decides again.</source>
        <translation>
            <numerusform>按现行政策测算，有 %n 户的金额与核定金额不同：在复核作出新决定前，按核定金额发放。</numerusform>
        </translation>
    </message>
    <message>
        <source>Supplement roster of minimum living guarantee and extreme poverty support</source>
        <translation>城乡最低生活保障、特困人员救助供养金补发花名册</translation>
    </message>
    <message>
        <source>No supplement is paid in %1.</source>
        <translation>%1没有补发。</translation>
    </message>
    <message>
        <source>Township total</source>
        <translation>全镇（乡）合计</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
</context>
<context>
    <name>Doudi::PaymentsDialog</name>
    <message>
        <source>Monthly payments</source>
        <translation>按月发放</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Generate the payment list</source>
        <translation>生成发放名单(&amp;G)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid / returned</source>
        <translation>已发放 / 退回</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>For</source>
        <translation>所属月份</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>审批(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>作废(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Bank file…</source>
        <translation>银行代发文件(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Returns…</source>
        <translation>导入回盘(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;turned…</source>
        <translation>登记退回(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Paid in full</source>
        <translation>全部已发放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Payment batches (the newest first):</source>
        <translation>发放批次（最新的在前）：</translation>
    </message>
    <message>
        <source>Generate the %1 payment list of %2? Another person approves it before it goes to the bank.</source>
        <translation>生成%2的%1名单吗？报送银行前须由另一人审批。</translation>
    </message>
    <message>
        <source>Approve this payment list? An approved list never changes.</source>
        <translation>审批这份发放名单吗？审批后名单不能再更改。</translation>
    </message>
    <message>
        <source>Did the bank pay every line not returned? They are recorded as paid.</source>
        <translation>银行是否已发放所有未退回的款项？它们将登记为已发放。</translation>
    </message>
    <message>
        <source>Bank file</source>
        <translation>银行代发文件</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The bank&apos;s returns</source>
        <translation>银行回盘</translation>
    </message>
    <message>
        <source>Excel or CSV (*.xlsx *.csv)</source>
        <translation>Excel 或 CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Returned by the bank</source>
        <translation>银行退回</translation>
    </message>
    <message>
        <source>Why (账户已销户, 户名不符 …):</source>
        <translation>退回原因（账户已销户、户名不符……）：</translation>
    </message>
    <message>
        <source>No payment list yet: choose the month and generate it.</source>
        <translation>还没有发放名单：请选择月份后生成。</translation>
    </message>
    <message>
        <source>%1, %2 %3, %4</source>
        <translation>%1，%2%3，%4</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1</source>
        <translation>
            <numerusform>共 %n 笔，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 households %3</source>
        <translation>%1 %2 户 %3</translation>
    </message>
    <message>
        <source>Since %1: %2 new, %3 ended, %4 changed</source>
        <translation>与%1相比：新增 %2 户，停发 %3 户，金额变动 %4 户</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Not in the list: %1</source>
        <translation>未列入名单：%1</translation>
    </message>
    <message>
        <source> … and %1 more</source>
        <translation>……另有 %1 户</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Preview of %1 (nothing written yet)</source>
        <translation>%1预览（尚未写入）</translation>
    </message>
    <message>
        <source>The payment list is generated; another person approves it now.</source>
        <translation>发放名单已生成，请另一人审批。</translation>
    </message>
    <message>
        <source>Approved: the list can go to the bank.</source>
        <translation>已审批：名单可以报送银行。</translation>
    </message>
    <message>
        <source>Discarded; generate the list again.</source>
        <translation>已作废，请重新生成名单。</translation>
    </message>
    <message>
        <source>Recorded as paid.</source>
        <translation>已登记为已发放。</translation>
    </message>
    <message>
        <source>The bank file is written: %1</source>
        <translation>银行代发文件已写出：%1</translation>
    </message>
    <message>
        <source>The bank&apos;s returns are recorded.</source>
        <translation>银行回盘已登记。</translation>
    </message>
    <message>
        <source>Recorded as returned; it is paid again in a supplement once the account is corrected.</source>
        <translation>已登记为退回；账户更正后将通过补发批次再次发放。</translation>
    </message>
    <message>
        <source>Bank &amp;layout…</source>
        <translation>银行格式(&amp;L)…</translation>
    </message>
    <message>
        <source>A bank&apos;s file layout</source>
        <translation>银行代发文件格式</translation>
    </message>
    <message>
        <source>Bank layout (*.json)</source>
        <translation>银行格式 (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The layout of %1 is saved.</source>
        <translation>%1 的文件格式已保存。</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>Doudi::Peers</name>
    <message>
        <source>Cannot record the peer site: %1</source>
        <translation>无法记录往来站点：%1</translation>
    </message>
    <message>
        <source>Cannot read the peer sites: %1</source>
        <translation>无法读取往来站点：%1</translation>
    </message>
    <message>
        <source>Cannot record the package: %1</source>
        <translation>无法记录数据包：%1</translation>
    </message>
    <message>
        <source>Cannot read the package history: %1</source>
        <translation>无法读取数据包收发记录：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::Permissions</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Village cadre</source>
        <translation>村干部</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>view households</source>
        <translation>查看家庭户</translation>
    </message>
    <message>
        <source>edit households</source>
        <translation>修改家庭户</translation>
    </message>
    <message>
        <source>delete households</source>
        <translation>删除家庭户</translation>
    </message>
    <message>
        <source>reveal full ID numbers</source>
        <translation>查看完整身份证号</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>save determinations</source>
        <translation>保存评估结果</translation>
    </message>
    <message>
        <source>import policies</source>
        <translation>导入政策</translation>
    </message>
    <message>
        <source>re-evaluate every household</source>
        <translation>重新评估全部家庭户</translation>
    </message>
    <message>
        <source>record home visits</source>
        <translation>录入入户调查</translation>
    </message>
    <message>
        <source>report discovered hardship</source>
        <translation>上报主动发现</translation>
    </message>
    <message>
        <source>prepare decisions</source>
        <translation>拟定审核意见</translation>
    </message>
    <message>
        <source>approve decisions</source>
        <translation>审批决定</translation>
    </message>
    <message>
        <source>prepare payments</source>
        <translation>经办支付</translation>
    </message>
    <message>
        <source>approve payments</source>
        <translation>审批支付</translation>
    </message>
    <message>
        <source>print rosters</source>
        <translation>打印名册</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查看审计记录</translation>
    </message>
    <message>
        <source>verify the audit trail</source>
        <translation>核验审计记录</translation>
    </message>
    <message>
        <source>view the reserve fund</source>
        <translation>查看备用金</translation>
    </message>
    <message>
        <source>exchange sync packages</source>
        <translation>交换同步数据包</translation>
    </message>
</context>
<context>
    <name>Doudi::PolicyDialog</name>
    <message>
        <source>Rural dibao standard a month</source>
        <translation>农村低保标准（每月）</translation>
    </message>
    <message>
        <source>Urban dibao standard a month</source>
        <translation>城市低保标准（每月）</translation>
    </message>
    <message>
        <source>Minimum benefit a person</source>
        <translation>每人最低保障金额</translation>
    </message>
    <message>
        <source>Low-income line (% of the standard)</source>
        <translation>低收入认定线（占标准的百分比）</translation>
    </message>
    <message>
        <source>Rural disposable income last year</source>
        <translation>上年农村居民人均可支配收入</translation>
    </message>
    <message>
        <source>Urban disposable income last year</source>
        <translation>上年城镇居民人均可支配收入</translation>
    </message>
    <message>
        <source>Several increments: max or sum</source>
        <translation>多项增发：取最高（max）或累加（sum）</translation>
    </message>
    <message>
        <source>Elderly from age</source>
        <translation>老年人起始年龄</translation>
    </message>
    <message>
        <source>Minor below age</source>
        <translation>未成年人年龄上限</translation>
    </message>
    <message>
        <source>Extreme poverty basic living (% of the standard)</source>
        <translation>特困人员基本生活标准（占低保标准的百分比）</translation>
    </message>
    <message>
        <source>Care: manages daily life</source>
        <translation>护理补贴：生活自理</translation>
    </message>
    <message>
        <source>Care: partly dependent</source>
        <translation>护理补贴：部分失能</translation>
    </message>
    <message>
        <source>Care: fully dependent</source>
        <translation>护理补贴：完全失能</translation>
    </message>
    <message>
        <source>Financial assets limit (months of the standard)</source>
        <translation>金融资产限额（相当于标准的月数）</translation>
    </message>
    <message>
        <source>Vehicle value limit</source>
        <translation>车辆价值限额</translation>
    </message>
    <message>
        <source>Residences allowed</source>
        <translation>允许住房数</translation>
    </message>
    <message>
        <source>Gradual exit (months)</source>
        <translation>渐退期（月）</translation>
    </message>
    <message>
        <source>Gradual exit with a disabled member (months)</source>
        <translation>有残疾成员的渐退期（月）</translation>
    </message>
    <message>
        <source>Policies and standards</source>
        <translation>政策与标准</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>执行日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Select one policy to see its parameters, or two (Ctrl+click) to compare them.</source>
        <translation>选择一项政策查看参数，或按住 Ctrl 选择两项进行对比。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Import a policy…</source>
        <translation>导入政策(&amp;I)…</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>现行</translation>
    </message>
    <message>
        <source>example only</source>
        <translation>仅为示例</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Import a policy</source>
        <translation>导入政策</translation>
    </message>
    <message>
        <source>Policy documents (*.json);;All files (*)</source>
        <translation>政策文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is not a valid policy:</source>
        <translation>该文件不是有效的政策：</translation>
    </message>
    <message>
        <source>Orphans: allowance in a family a month</source>
        <translation>孤儿基本生活费：社会散居每月</translation>
    </message>
    <message>
        <source>Orphans: allowance in an institution a month</source>
        <translation>孤儿基本生活费：集中养育每月</translation>
    </message>
    <message>
        <source>Children without care: paid as brought up in</source>
        <translation>事实无人抚养儿童：参照的养育方式</translation>
    </message>
    <message>
        <source>Orphans beside the dibao: full, difference or excluded</source>
        <translation>孤儿同时享受低保：全额、补差或不发</translation>
    </message>
    <message>
        <source>Disability living subsidy: who is covered</source>
        <translation>困难残疾人生活补贴：保障对象</translation>
    </message>
    <message>
        <source>Disability living subsidy: not for 特困</source>
        <translation>困难残疾人生活补贴：特困人员不享受</translation>
    </message>
    <message>
        <source>Severe disability care subsidy: grades</source>
        <translation>重度残疾人护理补贴：残疾等级</translation>
    </message>
    <message>
        <source>Severe disability care subsidy: grades (intellectual, mental)</source>
        <translation>重度残疾人护理补贴：智力、精神残疾等级</translation>
    </message>
    <message>
        <source>Severe disability care subsidy: daily activities not managed, at least</source>
        <translation>重度残疾人护理补贴：不能自理的日常活动至少</translation>
    </message>
    <message>
        <source>Severe disability care subsidy: not beside the 特困 care fee</source>
        <translation>重度残疾人护理补贴：已享受特困护理费的不发</translation>
    </message>
    <message>
        <source>Funeral waiver: amount</source>
        <translation>基本殡葬服务费用减免：金额</translation>
    </message>
    <message>
        <source>Funeral waiver: who is covered</source>
        <translation>基本殡葬服务费用减免：保障对象</translation>
    </message>
    <message>
        <source>Price subsidy: consumer prices up by at least (‰)</source>
        <translation>价格临时补贴：CPI同比涨幅达到（‰）</translation>
    </message>
    <message>
        <source>Price subsidy: food prices up by at least (‰)</source>
        <translation>价格临时补贴：食品价格同比涨幅达到（‰）</translation>
    </message>
    <message>
        <source>Price subsidy: standard × prices, or fixed</source>
        <translation>价格临时补贴：按标准×涨幅或固定金额</translation>
    </message>
    <message>
        <source>Price subsidy: fixed amount</source>
        <translation>价格临时补贴：固定金额</translation>
    </message>
    <message>
        <source>Price subsidy: who is covered</source>
        <translation>价格临时补贴：保障对象</translation>
    </message>
    <message>
        <source>Disability living subsidy a month, grade %1</source>
        <translation>困难残疾人生活补贴每月，%1级</translation>
    </message>
    <message>
        <source>Severe disability care subsidy a month, grade %1</source>
        <translation>重度残疾人护理补贴每月，%1级</translation>
    </message>
    <message>
        <source>Care visits: elderly living alone from the age of</source>
        <translation>关爱走访：独居老人年龄起点</translation>
    </message>
    <message>
        <source>Care visits: the elderly living alone, every (months)</source>
        <translation>关爱走访：独居高龄老人，每（月）</translation>
    </message>
    <message>
        <source>Care visits: anyone at high risk, every (months)</source>
        <translation>关爱走访：高风险对象，每（月）</translation>
    </message>
    <message>
        <source>Care visits: the others, every (months)</source>
        <translation>关爱走访：其他对象，每（月）</translation>
    </message>
</context>
<context>
    <name>Doudi::PolicyJson</name>
    <message>
        <source>must be greater than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <source>must be max or sum</source>
        <translation>应为 max 或 sum</translation>
    </message>
    <message>
        <source>needs at least one step</source>
        <translation>至少需要一个阶段</translation>
    </message>
    <message>
        <source>the schedule must start at month 1</source>
        <translation>渐退安排必须从第 1 个月开始</translation>
    </message>
    <message>
        <source>must come after month %1 of the step before</source>
        <translation>必须晚于上一阶段的第 %1 个月</translation>
    </message>
    <message>
        <source>must be 0 to 100, not %1</source>
        <translation>应为 0 至 100，而不是 %1</translation>
    </message>
    <message>
        <source>unknown measure “%1”; known: %2</source>
        <translation>未知的指标量“%1”；可用：%2</translation>
    </message>
    <message>
        <source>must be a pair of whole numbers [threshold, points]</source>
        <translation>应为两个整数 [阈值, 分数]</translation>
    </message>
    <message>
        <source>unknown op “%1”; known: le, ge, direct</source>
        <translation>未知的比较方式“%1”；可用：le、ge、direct</translation>
    </message>
    <message>
        <source>needs a tier with min 0 or less, so that every score has a tier</source>
        <translation>需要一个 min 不大于 0 的档次，使每个分数都有档次</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>应为 %1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>must be a real date written YYYY-MM-DD</source>
        <translation>应为真实日期，格式 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a policy must be a JSON object</source>
        <translation>政策应为一个 JSON 对象</translation>
    </message>
    <message>
        <source>must not be below township_limit_standards (%1)</source>
        <translation>不能小于 township_limit_standards（%1）</translation>
    </message>
    <message>
        <source>a grade is 1 to 4</source>
        <translation>残疾等级为 1 至 4</translation>
    </message>
    <message>
        <source>a grade is a whole number 1 to 4</source>
        <translation>残疾等级为 1 至 4 的整数</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>must be family or institution</source>
        <translation>必须是 family（社会散居）或 institution（集中养育）</translation>
    </message>
    <message>
        <source>must be full, difference or excluded</source>
        <translation>必须是 full（全额）、difference（补差）或 excluded（不叠加）</translation>
    </message>
    <message>
        <source>must be 0 to 6, not %1</source>
        <translation>必须在 0 至 6 之间，不能是 %1</translation>
    </message>
    <message>
        <source>must be standard_times_cpi or fixed</source>
        <translation>必须是 standard_times_cpi（按标准乘涨幅）或 fixed（固定金额）</translation>
    </message>
</context>
<context>
    <name>Doudi::PolicyRepository</name>
    <message>
        <source>The example policy is missing from this build.</source>
        <translation>本程序缺少示例政策。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>A different policy with the id %1 is already stored. Policies are never overwritten: the bureau gives a changed policy a new id.</source>
        <translation>已存在编号为 %1 的另一项政策。政策从不被覆盖：修改后的政策应使用新的编号。</translation>
    </message>
    <message>
        <source>Cannot store the policy %1: %2</source>
        <translation>无法保存政策 %1：%2</translation>
    </message>
    <message>
        <source>A stored policy cannot be read: %1</source>
        <translation>无法读取已保存的政策：%1</translation>
    </message>
    <message>
        <source>No policy is in force on %1. Import the bureau&apos;s policy first.</source>
        <translation>%1 没有适用的政策。请先导入市民政局的政策。</translation>
    </message>
    <message>
        <source>There is no policy %1.</source>
        <translation>没有编号为 %1 的政策。</translation>
    </message>
</context>
<context>
    <name>Doudi::PriceIndexJson</name>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation>必须是 YYYY-MM 格式的月份</translation>
    </message>
    <message>
        <source>must be a change in permille, −1000 to 1000, not %1</source>
        <translation>必须是以千分比表示的同比涨幅，在 −1000 至 1000 之间，不能是 %1</translation>
    </message>
    <message>
        <source>a price index must be a JSON object</source>
        <translation>价格指数必须是一个 JSON 对象</translation>
    </message>
</context>
<context>
    <name>Doudi::PriceIndices</name>
    <message>
        <source>must be a month written YYYY-MM, not %1</source>
        <translation>须为 YYYY-MM 格式的月份，而不是 %1</translation>
    </message>
    <message>
        <source>must be between -%1 and %1 ‰ (41 is a rise of 4.1 %), not %2</source>
        <translation>须在 -%1 到 %1‰ 之间（41 即上涨 4.1%），而不是 %2</translation>
    </message>
    <message>
        <source>say where the figures were published</source>
        <translation>请注明数据的发布来源</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>不能超过 %1 个字</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>The price subsidy of %1 has been paid on the recorded figures: they stay as they were.</source>
        <translation>%1 的价格临时补贴已按登记的指数发放，指数不能再修改。</translation>
    </message>
    <message>
        <source>Cannot record the price index: %1</source>
        <translation>无法登记价格指数：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::PriceSubsidyDialog</name>
    <message>
        <source>Price linkage: temporary price subsidy</source>
        <translation>物价联动：价格临时补贴</translation>
    </message>
    <message>
        <source>Published price index of the month</source>
        <translation>本月公布的价格指数</translation>
    </message>
    <message>
        <source>e.g. 4.1</source>
        <translation>如 4.1</translation>
    </message>
    <message>
        <source>where it was published, e.g. 吉林省统计局 2025年3月居民消费价格</source>
        <translation>公布来源，如 吉林省统计局 2025年3月居民消费价格</translation>
    </message>
    <message>
        <source>Re&amp;cord the index</source>
        <translation>记录指数(&amp;C)</translation>
    </message>
    <message>
        <source>Consumer pr&amp;ices against a year before (%):</source>
        <translation>居民消费价格同比涨幅(&amp;I)（%）：</translation>
    </message>
    <message>
        <source>&amp;Food prices (%):</source>
        <translation>食品价格同比涨幅(&amp;F)（%）：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>The administrator or the supervisor records the published figures.</source>
        <translation>公布的指数由管理员或审核负责人录入。</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Covered as</source>
        <translation>保障类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>发放(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the &amp;roster…</source>
        <translation>打印花名册(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2.</source>
        <translation>%1 于 %2 录入。</translation>
    </message>
    <message>
        <source>No figures are recorded for this month yet.</source>
        <translation>本月尚未录入价格指数。</translation>
    </message>
    <message>
        <source>Working out who is covered…</source>
        <translation>正在计算发放对象…</translation>
    </message>
    <message>
        <source>The policy %1 pays it when consumer prices rise %2 or more, or food prices %3 or more, against a year before.</source>
        <translation>政策 %1：居民消费价格同比涨幅达到 %2，或食品价格同比涨幅达到 %3 时启动发放。</translation>
    </message>
    <message>
        <source>This month&apos;s figures stay below it: nobody is paid a price subsidy.</source>
        <translation>本月指数未达到启动条件，不发放价格临时补贴。</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n person(s), %2</source>
        <translation>
            <numerusform>%1 %n 人，%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To pay: %n person(s), %1 in all (%2).</source>
        <translation>
            <numerusform>应发：%n 人，共 %1（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is left to pay.</source>
        <translation>已无待发放人员。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already paid for this month.</source>
        <translation>
            <numerusform>本月已发放 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>to pay</source>
        <translation>待发放</translation>
    </message>
    <message>
        <source>%1 must be a percentage with at most one decimal, such as 4.1 or -0.3.</source>
        <translation>%1应为百分数，最多一位小数，如 4.1 或 -0.3。</translation>
    </message>
    <message>
        <source>Consumer prices</source>
        <translation>居民消费价格同比涨幅</translation>
    </message>
    <message>
        <source>Food prices</source>
        <translation>食品价格同比涨幅</translation>
    </message>
    <message>
        <source>The index of %1 is recorded.</source>
        <translation>%1的价格指数已录入。</translation>
    </message>
    <message>
        <source>Pay the price subsidy</source>
        <translation>发放价格临时补贴</translation>
    </message>
    <message numerus="yes">
        <source>Record the price subsidy of %1 as paid: %n person(s), %2 in all? A payment recorded is never changed.</source>
        <translation>
            <numerusform>确认记录%1价格临时补贴已发放：%n 人，共 %2？发放记录一经保存不能更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The price subsidy of %1 is recorded: %n person(s), %2. Print its roster for signing.</source>
        <translation>
            <numerusform>%1价格临时补贴已记录：%n 人，%2。请打印花名册供领取人签字。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doudi::PriceSubsidyPayments</name>
    <message>
        <source>Cannot read the price subsidy paid: %1</source>
        <translation>无法读取价格临时补贴发放记录：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::PriceSubsidyRoster</name>
    <message>
        <source>Payment roster of the temporary price subsidy</source>
        <translation>价格临时补贴发放花名册</translation>
    </message>
    <message>
        <source>Month paid</source>
        <translation>发放月份</translation>
    </message>
    <message>
        <source>Price index</source>
        <translation>价格指数</translation>
    </message>
    <message>
        <source>CPI %1, food %2 against a year before (%3)</source>
        <translation>居民消费价格同比 %1，食品 %2（%3）</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Township head:</source>
        <translation>乡镇负责人：</translation>
    </message>
    <message>
        <source>A one-off payment for the month to each person covered, paid into the household&apos;s account. ID numbers show their first 6 and last 4 characters, bank accounts their last 4 digits.</source>
        <translation>本月每位保障对象一次性发放，打入家庭账户。身份证号仅显示前6位和后4位，银行账号仅显示后4位。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Covered as</source>
        <translation>保障类别</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Amount (元)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>领款人签字</translation>
    </message>
    <message>
        <source>No price subsidy is paid for %1.</source>
        <translation>%1未发放价格临时补贴。</translation>
    </message>
    <message>
        <source>Township total</source>
        <translation>全镇（乡）合计</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按保障类别</translation>
    </message>
</context>
<context>
    <name>Doudi::PriceSubsidyRun</name>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation>须为 YYYY-MM 格式的月份</translation>
    </message>
    <message>
        <source>No price index is recorded for %1: record the bureau&apos;s published figures first.</source>
        <translation>%1 尚未登记价格指数：请先登记统计部门公布的数据。</translation>
    </message>
    <message>
        <source>The policy in force in %1 (%2) has no price subsidy.</source>
        <translation>%1 执行的政策（%2）没有价格临时补贴。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>The household %1 cannot be worked out: %2</source>
        <translation>家庭户 %1 无法测算：%2</translation>
    </message>
    <message>
        <source>Cannot record the price subsidy (was it paid meanwhile? prepare it again): %1</source>
        <translation>无法登记价格临时补贴（是否已由他人发放？请重新预览）：%1</translation>
    </message>
    <message>
        <source>price subsidy of %1</source>
        <translation>%1 价格临时补贴</translation>
    </message>
    <message>
        <source>Dibao</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Extreme poverty (特困)</source>
        <translation>特困</translation>
    </message>
    <message>
        <source>Orphans and children without care</source>
        <translation>孤儿、事实无人抚养儿童</translation>
    </message>
</context>
<context>
    <name>Doudi::PrivateFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Doudi::ProgramRecipients</name>
    <message>
        <source>Cannot read the determinations: %1</source>
        <translation>无法读取核定结果：%1</translation>
    </message>
    <message>
        <source>The entitlements saved for household %1 cannot be read: %2</source>
        <translation>家庭 %1 保存的其他救助项目无法读取：%2</translation>
    </message>
    <message>
        <source>The household saved with a determination of %1 cannot be read: %2</source>
        <translation>家庭 %1 核定时保存的家庭信息无法读取：%2</translation>
    </message>
    <message>
        <source>Cannot count the price subsidy paid: %1</source>
        <translation>无法统计已发放的价格临时补贴：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::ProgramRoster</name>
    <message>
        <source>Payment roster of the living subsidy for disabled people in difficulty and the care subsidy for the severely disabled</source>
        <translation>困难残疾人生活补贴和重度残疾人护理补贴发放花名册</translation>
    </message>
    <message>
        <source>Payment roster of the basic living allowance for orphans and children without de-facto care</source>
        <translation>孤儿、事实无人抚养儿童基本生活费发放花名册</translation>
    </message>
    <message>
        <source>Month paid</source>
        <translation>发放月份</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Township head:</source>
        <translation>乡镇负责人：</translation>
    </message>
    <message>
        <source>The amounts are those saved with each household&apos;s latest determination of the month or before. ID numbers show their first 6 and last 4 characters, bank accounts their last 4 digits.</source>
        <translation>金额为各户本月或此前最近一次核定时保存的金额。身份证号仅显示前6位和后4位，银行账号仅显示后4位。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾类别和等级</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Living subsidy (元)</source>
        <translation>生活补贴（元）</translation>
    </message>
    <message>
        <source>Care subsidy (元)</source>
        <translation>护理补贴（元）</translation>
    </message>
    <message>
        <source>Total (元)</source>
        <translation>合计（元）</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>领款人签字</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Brought up</source>
        <translation>养育方式</translation>
    </message>
    <message>
        <source>Amount (元)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>%1, grade %2</source>
        <translation>%1%2级</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>孤儿</translation>
    </message>
    <message>
        <source>Without de-facto care</source>
        <translation>事实无人抚养儿童</translation>
    </message>
    <message>
        <source>Nobody is paid in %1.</source>
        <translation>%1无发放对象。</translation>
    </message>
    <message>
        <source>Township total</source>
        <translation>全镇（乡）合计</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>Doudi::ProgramRules</name>
    <message>
        <source>%1: temporary price subsidy %2, once</source>
        <translation>%1：价格临时补贴 %2，一次性发放</translation>
    </message>
    <message>
        <source>an orphan</source>
        <translation>孤儿</translation>
    </message>
    <message>
        <source>a child without de-facto care</source>
        <translation>事实无人抚养儿童</translation>
    </message>
    <message>
        <source>%1 (%2) is covered by the dibao or 特困: this policy pays no allowance beside it</source>
        <translation>%1（%2）已纳入低保或特困供养：按本政策不再发放基本生活费</translation>
    </message>
    <message>
        <source>%1 (%2): allowance %3 less the child&apos;s share of the assistance %4</source>
        <translation>%1（%2）：基本生活费 %3，扣除其享受的救助金份额 %4 后补差发放</translation>
    </message>
    <message>
        <source>%1 (%2): basic living allowance %3 a month</source>
        <translation>%1（%2）：基本生活费每月 %3</translation>
    </message>
    <message>
        <source>%1 (disability of grade %2): living subsidy for people with disabilities in need %3 a month</source>
        <translation>%1（%2级残疾）：困难残疾人生活补贴每月 %3</translation>
    </message>
    <message>
        <source>%1 (disability of grade %2, needs long-term care): care subsidy for people with severe disabilities %3 a month</source>
        <translation>%1（%2级残疾，需长期照护）：重度残疾人护理补贴每月 %3</translation>
    </message>
    <message>
        <source>%1 died on %2: basic funeral services waived up to %3</source>
        <translation>%1 于 %2 去世：减免基本殡葬服务费用 %3</translation>
    </message>
    <message>
        <source>Prices rose %1 ‰ (food %2 ‰) on a year before: the price subsidy is due, %3 a person</source>
        <translation>居民消费价格同比 %1‰（食品 %2‰），达到联动条件：发放价格临时补贴，每人 %3</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation>必须是 YYYY-MM 格式的月份</translation>
    </message>
    <message>
        <source>the determination is of %1, not %2</source>
        <translation>评估结果是 %1 的，不是 %2 的</translation>
    </message>
    <message>
        <source>Basic living allowance of orphans and children without care</source>
        <translation>孤儿、事实无人抚养儿童基本生活费</translation>
    </message>
    <message>
        <source>Living subsidy for people with disabilities in need</source>
        <translation>困难残疾人生活补贴</translation>
    </message>
    <message>
        <source>Care subsidy for people with severe disabilities</source>
        <translation>重度残疾人护理补贴</translation>
    </message>
    <message>
        <source>Basic funeral services waiver</source>
        <translation>基本殡葬服务费用减免</translation>
    </message>
    <message>
        <source>Temporary price subsidy</source>
        <translation>价格临时补贴</translation>
    </message>
    <message>
        <source>the allowance is reduced by the child&apos;s share of the dibao or 特困 support</source>
        <translation>基本生活费按其享受的低保或特困供养份额补差发放</translation>
    </message>
    <message>
        <source>supported as 特困, no living subsidy for people with disabilities in need</source>
        <translation>特困人员已享受供养，不再发放困难残疾人生活补贴</translation>
    </message>
    <message>
        <source>receives the orphan&apos;s allowance, no living subsidy for people with disabilities in need</source>
        <translation>已享受孤儿基本生活费，不再发放困难残疾人生活补贴</translation>
    </message>
    <message>
        <source>receives the 特困 care fee, no care subsidy for people with severe disabilities</source>
        <translation>特困人员已享受护理费，不再发放重度残疾人护理补贴</translation>
    </message>
</context>
<context>
    <name>Doudi::Recipients</name>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation>应为月份，格式 YYYY-MM</translation>
    </message>
    <message>
        <source>Cannot read the payments: %1</source>
        <translation>无法读取发放记录：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::RecordDigest</name>
    <message>
        <source>Cannot read the records: %1</source>
        <translation>无法读取记录：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::RecoverDraftsDialog</name>
    <message>
        <source>Recover unsaved entries</source>
        <translation>恢复未保存的录入</translation>
    </message>
    <message>
        <source>Doudi stopped last time before these forms were saved (a power cut, or the program closed unexpectedly). Choose one and press Restore to go on typing it, or Discard to throw it away.</source>
        <translation>上次兜底在以下录入保存之前就停止了（停电，或程序意外退出）。选中一项，按“恢复”接着录入，或按“丢弃”删除。</translation>
    </message>
    <message>
        <source>%1 — typed until %2</source>
        <translation>%1 — 录入至 %2</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Throw away what was typed on “%1”? It cannot be brought back.</source>
        <translation>丢弃“%1”中录入的内容？丢弃后无法找回。</translation>
    </message>
</context>
<context>
    <name>Doudi::ReferralLetter</name>
    <message>
        <source>Referral letter %1</source>
        <translation>转介函 %1</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>社会救助转介函</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>To %1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>The person below, of %1, has needs that the minimum living guarantee and the other assistance of this township do not meet. We refer them to your %2 and ask you to receive them and help within your rules.</source>
        <translation>%1的下列人员存在最低生活保障和本镇其他救助不能解决的困难，现转介至贵单位“%2”项目，请按规定予以受理和帮扶。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>所在村（社区）</translation>
    </message>
    <message>
        <source>Referred from</source>
        <translation>转介来源</translation>
    </message>
    <message>
        <source>What help is needed</source>
        <translation>困难和需求</translation>
    </message>
    <message>
        <source>Your programme</source>
        <translation>贵单位项目</translation>
    </message>
    <message>
        <source>Its conditions</source>
        <translation>项目条件</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>转介日期</translation>
    </message>
    <message>
        <source>Please send the receipt below back within %1 working days, and tell the office what was done.</source>
        <translation>请于 %1 个工作日内将下方回执寄回，并告知办理情况。</translation>
    </message>
    <message>
        <source> people&apos;s government (seal)</source>
        <translation>人民政府（盖章）</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Receipt of referral</source>
        <translation>转介回执</translation>
    </message>
    <message>
        <source>%1 (referred by %2 on %3): ☐ accepted  ☐ helped  ☐ declined, because:</source>
        <translation>%1（%2于%3转介）：☐ 已受理  ☐ 已帮扶  ☐ 不予受理，原因：</translation>
    </message>
    <message>
        <source>Entry (seal):</source>
        <translation>接收单位（盖章）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>The library has no entry %1 for this referral.</source>
        <translation>资源库中没有这次转介的条目 %1。</translation>
    </message>
</context>
<context>
    <name>Doudi::Referrals</name>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已转介</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>helped</source>
        <translation>已帮扶</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>未受理</translation>
    </message>
    <message>
        <source>the household&apos;s file</source>
        <translation>家庭档案</translation>
    </message>
    <message>
        <source>a data-matching signal</source>
        <translation>数据比对预警</translation>
    </message>
    <message>
        <source>a refused application</source>
        <translation>被驳回的申请</translation>
    </message>
    <message>
        <source>must be household, signal or case</source>
        <translation>必须是 household、signal 或 case</translation>
    </message>
    <message>
        <source>is only given for a signal or a case</source>
        <translation>只有来源为预警或案件时才填写</translation>
    </message>
    <message>
        <source>there is no signal with this id</source>
        <translation>没有这个 id 的预警信息</translation>
    </message>
    <message>
        <source>there is no case with this id</source>
        <translation>没有这个 id 的案件</translation>
    </message>
    <message>
        <source>the signal is about another household</source>
        <translation>这条预警是别的家庭的</translation>
    </message>
    <message>
        <source>the case is not this household&apos;s refused application</source>
        <translation>这个案件不是本户被驳回的申请</translation>
    </message>
    <message>
        <source>there is no entry of the library with this id</source>
        <translation>资源库中没有这个 id 的条目</translation>
    </message>
    <message>
        <source>the entry is not valid on %1</source>
        <translation>该条目在 %1 不在有效期内</translation>
    </message>
    <message>
        <source>is not a member of the household</source>
        <translation>不是本户成员</translation>
    </message>
    <message>
        <source>died on %1</source>
        <translation>已于 %1 去世</translation>
    </message>
    <message>
        <source>say what help the person needs, at most %1 characters</source>
        <translation>请填写需要什么帮助，最多 %1 个字</translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <translation>不能是将来的日期</translation>
    </message>
    <message>
        <source>Cannot open the referral: %1</source>
        <translation>无法登记转介：%1</translation>
    </message>
    <message>
        <source>referral %1</source>
        <translation>转介 %1</translation>
    </message>
    <message>
        <source>the referral was closed as %1 on %2</source>
        <translation>该转介已于 %2 办结（%1）</translation>
    </message>
    <message>
        <source>a referral %1 cannot become “%2”: sent → accepted → helped, or declined</source>
        <translation>状态为“%1”的转介不能改为“%2”：已转介 → 已受理 → 已帮扶，或未受理</translation>
    </message>
    <message>
        <source>must be a day from %1 to today</source>
        <translation>必须是 %1 至今天之间的日期</translation>
    </message>
    <message>
        <source>say what the entry did, or why it declined</source>
        <translation>请填写对方做了什么，或不予受理的原因</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>最多 %1 个字</translation>
    </message>
    <message>
        <source>the referral was changed meanwhile: read it again</source>
        <translation>该转介刚被别人改过，请重新打开</translation>
    </message>
    <message>
        <source>there is no referral with this id</source>
        <translation>没有这个 id 的转介</translation>
    </message>
</context>
<context>
    <name>Doudi::ReferralsDialog</name>
    <message>
        <source>Referrals and the resource library</source>
        <translation>转介与救助资源库</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>函号</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>转介日期</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>&amp;Open ones only</source>
        <translation>只看未办结的(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Accepted…</source>
        <translation>已受理(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Helped…</source>
        <translation>已帮扶(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Declined…</source>
        <translation>未受理(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print the letter…</source>
        <translation>打印转介函(&amp;P)…</translation>
    </message>
    <message>
        <source>Refer a member of this household</source>
        <translation>转介本户成员</translation>
    </message>
    <message>
        <source>What help the person needs, e.g. 长子考入大学，学费无着</source>
        <translation>需要什么帮助，例如：长子考入大学，学费无着</translation>
    </message>
    <message>
        <source>&amp;Refer and print the letter…</source>
        <translation>转介并打印转介函(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>转介至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>困难和需求(&amp;N)：</translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation>转介(&amp;F)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>提供帮助</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Add an entry of the office&apos;s own</source>
        <translation>添加本镇的条目</translation>
    </message>
    <message>
        <source>Ends &amp;on</source>
        <translation>截止日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>单位(&amp;P)：</translation>
    </message>
    <message>
        <source>Offer&amp;s:</source>
        <translation>提供帮助(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>条件(&amp;C)：</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>联系方式(&amp;T)：</translation>
    </message>
    <message>
        <source>Resource &amp;library</source>
        <translation>救助资源库(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>the city</source>
        <translation>市局发布</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>本镇</translation>
    </message>
    <message>
        <source>Referral %1 is sent to %2; the answer is due by %3.</source>
        <translation>转介 %1 已发往%2，应于 %3 前答复。</translation>
    </message>
    <message>
        <source>Referral %1: %2 on %3.</source>
        <translation>转介 %1：%3 %2。</translation>
    </message>
    <message>
        <source>Referral %1: %2</source>
        <translation>转介 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>%1 of %2 is in the library.</source>
        <translation>%2的“%1”已加入资源库。</translation>
    </message>
    <message>
        <source>&amp;Add to the library</source>
        <translation>加入资源库(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;End the entry…</source>
        <translation>结束该条目(&amp;E)…</translation>
    </message>
    <message>
        <source>End the entry</source>
        <translation>结束条目</translation>
    </message>
    <message>
        <source>&amp;Last valid day:</source>
        <translation>最后有效日期(&amp;L)：</translation>
    </message>
    <message>
        <source>%1 of %2 is valid until %3.</source>
        <translation>%2的“%1”有效期至 %3。</translation>
    </message>
</context>
<context>
    <name>Doudi::RegionCode</name>
    <message>
        <source>a region code has 6, 9 or 12 digits, not %1</source>
        <translation>区划代码应为 6、9 或 12 位，而不是 %1 位</translation>
    </message>
    <message>
        <source>a region code has digits only</source>
        <translation>区划代码只能包含数字</translation>
    </message>
</context>
<context>
    <name>Doudi::RelativesRoster</name>
    <message>
        <source>Register of applications by near relatives of staff</source>
        <translation>经办人员和村干部近亲属申请救助备案登记表</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>An application by a near relative of a case worker or village official is approved only after the city&apos;s own home visit.</source>
        <translation>经办人员和村（居）委会干部近亲属申请救助的，须经市级民政部门入户核查后方可审批。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>City&apos;s home visit</source>
        <translation>市级入户核查</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <source>No application by a near relative of staff this year.</source>
        <translation>本年度没有近亲属申请救助。</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未核查</translation>
    </message>
</context>
<context>
    <name>Doudi::RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>&amp;Choose a backup…</source>
        <translation>选择备份(&amp;C)…</translation>
    </message>
    <message>
        <source>No backup chosen.</source>
        <translation>尚未选择备份。</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>The database in use now is kept beside the restored one (…before-restore-…), and the next package to the city replaces what the city holds of this township.</source>
        <translation>当前使用的数据库会保留在恢复后的数据库旁边（…before-restore-…），下一个报送市局的同步包将全量替换市局所存本乡镇数据。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1? Everything entered since then is only in the kept file.</source>
        <translation>用 %1 的备份替换数据库吗？此后录入的内容只保留在被替换的文件中。</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Doudi backups (*%1)</source>
        <translation>兜底备份 (*%1)</translation>
    </message>
    <message>
        <source>This is a backup of %1 %2, not of this township.</source>
        <translation>这是 %1 %2 的备份，不是本乡镇的。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;made %3 by %4&lt;br&gt;%5 households, %6 persons&lt;br&gt;last sync package sent: %7&lt;br&gt;&lt;small&gt;%8&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）&lt;br&gt;%3 由 %4 备份&lt;br&gt;%5 户，%6 人&lt;br&gt;最后报送的同步包：%7&lt;br&gt;&lt;small&gt;%8&lt;/small&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Doudi::ReviewSchedule</name>
    <message>
        <source>yearly review</source>
        <translation>每年复核</translation>
    </message>
    <message>
        <source>review every six months: able-bodied members or an unstable income</source>
        <translation>每半年复核：有劳动能力成员或收入不稳定</translation>
    </message>
    <message>
        <source>review within three months of a member&apos;s death</source>
        <translation>家庭成员死亡后三个月内复核</translation>
    </message>
</context>
<context>
    <name>Doudi::RosterColumns</name>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation>户主身份证号</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Village (community)</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Persons covered</source>
        <translation>保障人数</translation>
    </message>
    <message>
        <source>Monthly benefit</source>
        <translation>月保障金</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
</context>
<context>
    <name>Doudi::RosterExport</name>
    <message>
        <source>must end in .pdf, .xlsx or .csv</source>
        <translation>文件扩展名必须是 .pdf、.xlsx 或 .csv</translation>
    </message>
</context>
<context>
    <name>Doudi::RosterHtml</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>Page subtotal</source>
        <translation>本页小计</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>Doudi::RosterImporter</name>
    <message>
        <source>the old Excel 97–2003 format (.xls) cannot be read; in Excel or WPS choose “Save as” and the type “Excel 工作簿 (*.xlsx)”</source>
        <translation>无法读取旧的 Excel 97–2003 格式（.xls）；请在 Excel 或 WPS 中“另存为”，类型选“Excel 工作簿 (*.xlsx)”</translation>
    </message>
    <message numerus="yes">
        <source>the roster has %n problem(s); nothing was imported</source>
        <translation>
            <numerusform>花名册有 %n 处问题；未导入任何内容</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record where the household came from: %1</source>
        <translation>无法记录家庭户的来源：%1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>the file has %1 lines and a line of %2 columns, too much for a roster (at most %3 cells): is it the right file?</source>
        <translation>文件有 %1 行，其中一行有 %2 列，超出花名册的范围（最多 %3 个单元格）：请确认是否选错了文件</translation>
    </message>
</context>
<context>
    <name>Doudi::RosterMapping</name>
    <message>
        <source>the mapping file is not JSON: %1</source>
        <translation>对应关系文件不是 JSON：%1</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>应为 %1</translation>
    </message>
    <message>
        <source>“%1” is not a field; use one of name, id_number, relation, village, category, monthly_benefit, bank_account, phone, … or ignore</source>
        <translation>“%1”不是字段名；请用 name、id_number、relation、village、category、monthly_benefit、bank_account、phone 等，或 ignore</translation>
    </message>
</context>
<context>
    <name>Doudi::RosterPdf</name>
    <message>
        <source>Cannot draw the roster into a PDF.</source>
        <translation>无法将名册生成 PDF。</translation>
    </message>
</context>
<context>
    <name>Doudi::RosterReader</name>
    <message>
        <source>the ID number is empty</source>
        <translation>身份证号为空</translation>
    </message>
    <message>
        <source>Excel turned this ID number into a number and lost its last digits; format the column as text and type the number again</source>
        <translation>Excel 把身份证号变成了数字，后几位已丢失；请把该列设置为“文本”格式后重新录入</translation>
    </message>
    <message>
        <source>the ID number is not valid: %1</source>
        <translation>身份证号有误：%1</translation>
    </message>
    <message>
        <source>no header row found: one of the first %1 rows must name columns such as 姓名 and 公民身份号码; say what the columns are in a mapping</source>
        <translation>找不到表头：前 %1 行中应有“姓名”“公民身份号码”等列名；或在对应关系中说明各列的内容</translation>
    </message>
    <message>
        <source>“%1” is a second column for %2; only column %3 is read</source>
        <translation>“%1”是%2的第二列；只读取 %3 列</translation>
    </message>
    <message>
        <source>the column “%1” is not recognised and is not imported</source>
        <translation>无法识别“%1”列，不导入</translation>
    </message>
    <message>
        <source>the roster has no column of ID numbers (公民身份号码 or 身份证号)</source>
        <translation>花名册中没有身份证号列（公民身份号码或身份证号）</translation>
    </message>
    <message>
        <source>the roster has no column of names (姓名)</source>
        <translation>花名册中没有姓名列</translation>
    </message>
    <message>
        <source>the roster has no village column (村（社区）); add one or map a column to it</source>
        <translation>花名册中没有村（社区）列；请添加一列，或指定哪一列是村（社区）</translation>
    </message>
    <message>
        <source>the row has neither a name nor an ID number and is not imported</source>
        <translation>该行既无姓名也无身份证号，不导入</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <source>the same person is on row %1 already</source>
        <translation>同一人已在第 %1 行出现</translation>
    </message>
    <message>
        <source>this person is registered already (%1)</source>
        <translation>此人已登记（%1）</translation>
    </message>
    <message>
        <source>the relation to the head is empty</source>
        <translation>与户主关系为空</translation>
    </message>
    <message>
        <source>the relation “%1” is not one Doudi knows; recorded as other</source>
        <translation>无法识别与户主关系“%1”，按“其他亲属”记录</translation>
    </message>
    <message>
        <source>the sex “%1” must be 男 or 女</source>
        <translation>性别“%1”应为男或女</translation>
    </message>
    <message>
        <source>the sex %1 does not match the ID number (%2); check both</source>
        <translation>性别“%1”与身份证号（%2）不符，请核对</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 1956-03-02</source>
        <translation>“%1”不是日期（如 1956-03-02）</translation>
    </message>
    <message>
        <source>this row is a household&apos;s head, but the relation says otherwise</source>
        <translation>该行是户主，但与户主关系填的不是户主</translation>
    </message>
    <message>
        <source>this member&apos;s row comes before any head of household</source>
        <translation>该成员行之前没有户主行</translation>
    </message>
    <message>
        <source>no row of the roster is the head with this ID number</source>
        <translation>花名册中没有该户主身份证号对应的户主行</translation>
    </message>
    <message>
        <source>the village is empty</source>
        <translation>村（社区）为空</translation>
    </message>
    <message>
        <source>“%1” is not a village of this township; add it under 设置 → 村（社区） or correct the roster</source>
        <translation>“%1”不是本乡镇的村（社区）；请在 设置 → 村（社区） 中添加，或更正花名册</translation>
    </message>
    <message>
        <source>%1 has merged into another village; the household is put there</source>
        <translation>%1已并入其他村，该户归入合并后的村</translation>
    </message>
    <message>
        <source>the village %1 is retired</source>
        <translation>村（社区）%1已撤销</translation>
    </message>
    <message>
        <source>the category “%1” is not 低保, 特困 or 低保渐退</source>
        <translation>类别“%1”不是低保、特困或低保渐退</translation>
    </message>
    <message>
        <source>the monthly benefit “%1” is not an amount: %2</source>
        <translation>月保障金“%1”不是金额：%2</translation>
    </message>
    <message>
        <source>the monthly benefit must not be negative</source>
        <translation>月保障金不能为负数</translation>
    </message>
    <message>
        <source>the household has a monthly benefit but no category; fill in 保障类别 or choose the roster&apos;s category</source>
        <translation>该户有月保障金但没有类别；请填写保障类别，或选择整张花名册的类别</translation>
    </message>
    <message>
        <source>“%1” is not a number of persons</source>
        <translation>“%1”不是人数</translation>
    </message>
    <message>
        <source>Excel turned this account number into a number and lost its last digits; format the column as text and type the number again</source>
        <translation>Excel 把银行账号变成了数字，后几位已丢失；请把该列设置为“文本”格式后重新录入</translation>
    </message>
    <message>
        <source>%1 persons are covered, but the roster lists %2 members</source>
        <translation>保障人数为 %1，但花名册中列出 %2 名成员</translation>
    </message>
    <message>
        <source>the household has %1 heads; a household has one</source>
        <translation>该户有 %1 个户主；一户只能有一个</translation>
    </message>
</context>
<context>
    <name>Doudi::RosterXlsx</name>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation>无法为工作簿创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the workbook.</source>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>Cannot write the workbook.</source>
        <translation>无法写入工作簿。</translation>
    </message>
    <message>
        <source>Cannot read the workbook back: %1</source>
        <translation>无法读回工作簿：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::Rosters</name>
    <message>
        <source>Public notice</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>Payment roster</source>
        <translation>发放花名册</translation>
    </message>
    <message>
        <source>Monthly statistics</source>
        <translation>月度统计</translation>
    </message>
    <message>
        <source>Reserve fund statement</source>
        <translation>备用金报账单</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>must be a month written YYYY-MM</source>
        <translation>应为月份，格式 YYYY-MM</translation>
    </message>
    <message>
        <source>There is no village %1 in %2.</source>
        <translation>%2 没有代码为 %1 的村（社区）。</translation>
    </message>
    <message>
        <source>Cannot read the cases: %1</source>
        <translation>无法读取案件：%1</translation>
    </message>
    <message>
        <source>Near-relative register</source>
        <translation>近亲属备案登记表</translation>
    </message>
    <message>
        <source>Supplement roster</source>
        <translation>补发花名册</translation>
    </message>
    <message>
        <source>Price subsidy roster</source>
        <translation>价格临时补贴发放花名册</translation>
    </message>
    <message>
        <source>Disability subsidies roster</source>
        <translation>两项补贴发放花名册</translation>
    </message>
    <message>
        <source>Orphans&apos; allowance roster</source>
        <translation>孤儿基本生活费发放花名册</translation>
    </message>
    <message>
        <source>Care register (三留守)</source>
        <translation>“三留守”关爱服务登记册</translation>
    </message>
</context>
<context>
    <name>Doudi::RostersDialog</name>
    <message>
        <source>Rosters and reports</source>
        <translation>名册与报表</translation>
    </message>
    <message>
        <source>Every village</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Roster:</source>
        <translation>名册(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村（社区）(&amp;V)：</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) on %1 page(s)</source>
        <translation>
            <numerusform>共 %n 行，%1 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing for this month: the roster says so.</source>
        <translation>本月没有数据，名册中已注明。</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>无法使用该打印机。</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>导出名册</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;PDF (*.pdf);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>Doudi::SealedSecret</name>
    <message>
        <source>Cannot seal a secret of this site: %1</source>
        <translation>无法加密保存本站的一项机密：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::Session</name>
    <message>
        <source>To %1, give --user and the password (DOUDI_PASSWORD).</source>
        <translation>要%1，请提供 --user 和密码（DOUDI_PASSWORD）。</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <source>%1 is a cadre of another village and may not see this household.</source>
        <translation>%1 是其他村的村干部，无权查看该户。</translation>
    </message>
    <message>
        <source>%1 prepared this and may not approve it too; another person must approve it.</source>
        <translation>%1 经办了此事，不能同时审批；须由他人审批。</translation>
    </message>
</context>
<context>
    <name>Doudi::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The new language takes effect when Doudi starts again.</source>
        <translation>新的界面语言将在重新启动兜底后生效。</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Loc&amp;k the desk after:</source>
        <translation>无操作自动锁定(&amp;K)：</translation>
    </message>
    <message>
        <source>e.g. 0439-1234567</source>
        <translation>例如 0439-1234567</translation>
    </message>
    <message>
        <source>Complaint &amp;hotline (public notices):</source>
        <translation>监督举报电话（公示用）(&amp;H)：</translation>
    </message>
    <message>
        <source>yuan, this year</source>
        <translation>本年度，单位：元</translation>
    </message>
    <message>
        <source>Government-&amp;purchased services (元):</source>
        <translation>政府购买社会救助服务支出（元）(&amp;P)：</translation>
    </message>
    <message>
        <source>Central and provincial &amp;assistance funds (元):</source>
        <translation>中央和省级困难群众救助资金（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>An amount must not be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
</context>
<context>
    <name>Doudi::SignalReader</name>
    <message>
        <source>must be one of %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>应为日期，格式 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>signals must be a JSON list</source>
        <translation>预警信息应为 JSON 列表</translation>
    </message>
    <message>
        <source>the header must be id_number,kind,source,date,detail</source>
        <translation>表头应为 id_number,kind,source,date,detail</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>needs id_number, kind, source and date</source>
        <translation>需要 id_number、kind、source 和 date</translation>
    </message>
</context>
<context>
    <name>Doudi::SignalRepository</name>
    <message>
        <source>Cannot match the signals: %1</source>
        <translation>无法匹配预警信息：%1</translation>
    </message>
    <message>
        <source>Cannot store the signals: %1</source>
        <translation>无法保存预警信息：%1</translation>
    </message>
    <message>
        <source>There is no signal %1.</source>
        <translation>没有预警信息 %1。</translation>
    </message>
    <message>
        <source>A signal that is “%1” cannot become “%2”.</source>
        <translation>状态为“%1”的预警信息不能改为“%2”。</translation>
    </message>
    <message>
        <source>say why the household is not eligible</source>
        <translation>请说明不符合条件的原因</translation>
    </message>
    <message>
        <source>name the department it is referred to</source>
        <translation>请写明转介的部门</translation>
    </message>
    <message>
        <source>Cannot update the signal: %1</source>
        <translation>无法更新预警信息：%1</translation>
    </message>
    <message>
        <source>Cannot read the signals: %1</source>
        <translation>无法读取预警信息：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::SiteKey</name>
    <message>
        <source>A stored secret of this site (%1) does not open with the site key: the file was changed outside Doudi.</source>
        <translation>本站保存的机密（%1）无法用站点密钥打开：文件在兜底之外被改动过。</translation>
    </message>
</context>
<context>
    <name>Doudi::SiteKeys</name>
    <message>
        <source>Cannot read the site&apos;s keys: %1</source>
        <translation>无法读取本站点密钥：%1</translation>
    </message>
    <message>
        <source>Cannot store the site&apos;s keys: %1</source>
        <translation>无法保存本站点密钥：%1</translation>
    </message>
    <message>
        <source>The site&apos;s sealed keys are damaged.</source>
        <translation>本站加密保存的密钥已损坏。</translation>
    </message>
    <message>
        <source>Cannot seal the site&apos;s keys: %1</source>
        <translation>无法加密保存本站密钥：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::SiteRepository</name>
    <message>
        <source>a township code has 9 digits</source>
        <translation>乡镇代码应为 9 位</translation>
    </message>
    <message>
        <source>a city code has 6 digits</source>
        <translation>市代码应为 6 位</translation>
    </message>
    <message>
        <source>must be township or city</source>
        <translation>应为 township 或 city</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Cannot record the site: %1</source>
        <translation>无法记录站点：%1</translation>
    </message>
    <message>
        <source>Cannot read the site: %1</source>
        <translation>无法读取站点：%1</translation>
    </message>
    <message>
        <source>This database has no site yet; create it with “doudi-cli init”.</source>
        <translation>此数据库尚无站点信息；请用“doudi-cli init”创建。</translation>
    </message>
    <message>
        <source>a village code has 12 digits</source>
        <translation>村代码应为 12 位</translation>
    </message>
    <message>
        <source>Cannot add the village %1: %2</source>
        <translation>无法添加村（社区）%1：%2</translation>
    </message>
    <message>
        <source>Cannot read the villages: %1</source>
        <translation>无法读取村（社区）：%1</translation>
    </message>
    <message>
        <source>Cannot save the setting %1: %2</source>
        <translation>无法保存设置 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not in this township (its code starts with %2)</source>
        <translation>%1 不属于本乡镇（代码应以 %2 开头）</translation>
    </message>
    <message>
        <source>is longer than 60 characters</source>
        <translation>超过 60 个字</translation>
    </message>
    <message>
        <source>%1 is already the village %2</source>
        <translation>%1 已是村（社区）%2 的代码</translation>
    </message>
    <message>
        <source>%1 is not a village of this township</source>
        <translation>%1 不是本乡镇的村（社区）</translation>
    </message>
    <message>
        <source>Cannot change the village %1: %2</source>
        <translation>无法修改村（社区）%1：%2</translation>
    </message>
    <message>
        <source>the village %1 is retired already</source>
        <translation>村（社区）%1 已撤销</translation>
    </message>
    <message>
        <source>Cannot count the households: %1</source>
        <translation>无法统计户数：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) live in %1; merge the village into another one instead</source>
        <translation>
            <numerusform>%1 仍有 %n 户，请改为将其并入其他村（社区）</numerusform>
        </translation>
    </message>
    <message>
        <source>a village cannot be merged into itself</source>
        <translation>村（社区）不能并入自身</translation>
    </message>
    <message>
        <source>the village %1 is retired</source>
        <translation>村（社区）%1 已撤销</translation>
    </message>
</context>
<context>
    <name>Doudi::StatisticsRoster</name>
    <message>
        <source>Monthly statistics of social assistance</source>
        <translation>社会救助月度统计表</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>家庭户</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Monthly amount (元)</source>
        <translation>月救助金额（元）</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Nobody is paid in %1.</source>
        <translation>%1 没有发放对象。</translation>
    </message>
    <message>
        <source>By village</source>
        <translation>按村（社区）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Changes and compliance</source>
        <translation>变动情况与政策落实</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Households new this month</source>
        <translation>本月新增户数</translation>
    </message>
    <message>
        <source>Households whose help ended this month</source>
        <translation>本月退出户数</translation>
    </message>
    <message>
        <source>Households in gradual exit</source>
        <translation>渐退户数</translation>
    </message>
    <message>
        <source>Average 增发 per person receiving one, of the standard (at least 50 %)</source>
        <translation>增发对象人均增发占低保标准比例（不低于 50%）</translation>
    </message>
    <message>
        <source>nobody receives 增发</source>
        <translation>无增发对象</translation>
    </message>
    <message>
        <source>Temporary assistance from the reserve fund</source>
        <translation>备用金临时救助</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s), %1</source>
        <translation>
            <numerusform>%n 笔，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserve fund balance at the month&apos;s end</source>
        <translation>备用金月末余额</translation>
    </message>
    <message>
        <source>The month&apos;s payment batch is not approved yet: its prepared list is counted.</source>
        <translation>本月发放批次尚未审批：按已生成的名单统计。</translation>
    </message>
    <message>
        <source>The month has no payment batch yet: the approved amounts are counted.</source>
        <translation>本月尚未生成发放批次：按核定金额统计。</translation>
    </message>
    <message numerus="yes">
        <source>The rules now propose another amount for %n household(s): to review.</source>
        <translation>
            <numerusform>按现行政策测算，有 %n 户的金额与核定金额不同：待复核。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserve fund payments reversed</source>
        <translation>备用金支出冲正</translation>
    </message>
    <message>
        <source>The township&apos;s other programs</source>
        <translation>其他救助项目（同一人可享受多项，不合计）</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <source>Amount of the month (元)</source>
        <translation>本月金额（元）</translation>
    </message>
</context>
<context>
    <name>Doudi::StorageError</name>
    <message>
        <source>The disk is full, so nothing of this was saved. Free some space on the disk and try again.</source>
        <translation>磁盘已满，这次的内容没有保存。请腾出磁盘空间后再试。</translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only, or on a disk that is), so nothing of this was saved. Ask the administrator to make it writable.</source>
        <translation>数据库文件无法写入（文件或所在磁盘是只读的），这次的内容没有保存。请系统管理员把它改为可写。</translation>
    </message>
    <message>
        <source>The disk refused to write (it may be full, removed or failing), so nothing of this was saved. Check the disk and try again.</source>
        <translation>磁盘拒绝写入（可能已满、已拔出或出了故障），这次的内容没有保存。请检查磁盘后再试。</translation>
    </message>
    <message>
        <source>Another program is writing to the database, so nothing of this was saved. Try again in a moment.</source>
        <translation>另一个程序正在写入数据库，这次的内容没有保存。请稍后再试。</translation>
    </message>
    <message>
        <source>The database file cannot be opened: its folder may be missing, read-only or on a disk that was removed.</source>
        <translation>数据库文件无法打开：所在文件夹可能不存在、是只读的，或所在磁盘已拔出。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Doudi database. Restore the latest backup.</source>
        <translation>数据库文件已损坏，或不是兜底的数据库。请恢复最近的备份。</translation>
    </message>
</context>
<context>
    <name>Doudi::SyncDialog</name>
    <message>
        <source>Sync packages</source>
        <translation>同步数据包</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>最近发出</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>最近收到</translation>
    </message>
    <message>
        <source>They acknowledged</source>
        <translation>对方已确认</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>What it carried</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本地版本</translation>
    </message>
    <message>
        <source>From the package</source>
        <translation>数据包版本</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>往来站点</translation>
    </message>
    <message>
        <source>History</source>
        <translation>收发记录</translation>
    </message>
    <message>
        <source>Held packages</source>
        <translation>暂存的数据包</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>保留本地版本</translation>
    </message>
    <message>
        <source>Take the package&apos;s</source>
        <translation>采用数据包版本</translation>
    </message>
    <message>
        <source>&amp;Export a package…</source>
        <translation>导出数据包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import a package…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>%1 (%2) — this site&apos;s key fingerprint: %3</source>
        <translation>%1（%2）— 本站密钥指纹：%3</translation>
    </message>
    <message>
        <source>Refused until a full re-baseline: %1</source>
        <translation>在全量重建基线前拒收：%1</translation>
    </message>
    <message>
        <source>Waiting for its first package</source>
        <translation>等待其第一个数据包</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>package %1</source>
        <translation>第 %1 号包</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>kept ours by %1</source>
        <translation>%1 保留了本地版本</translation>
    </message>
    <message>
        <source>took the package&apos;s by %1</source>
        <translation>%1 采用了数据包版本</translation>
    </message>
    <message>
        <source>Export a package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>Select the township the package is for in the list of sites first.</source>
        <translation>请先在往来站点列表中选择接收数据包的乡镇。</translation>
    </message>
    <message>
        <source>Where to write the package (a USB stick)</source>
        <translation>数据包保存位置（U 盘）</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>正在写出数据包…</translation>
    </message>
    <message>
        <source>Package %1 for %2 is written to
%3

%4</source>
        <translation>发往 %2 的第 %1 号数据包已写到
%3

%4</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Doudi packages (*.doudi *.pkg);;All files (*)</source>
        <translation>兜底数据包 (*.doudi *.pkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>核对密钥指纹</translation>
    </message>
    <message>
        <source>The package comes from %1 with the key fingerprint

%2

Ask them to read their fingerprint to you. Is it exactly this one?</source>
        <translation>数据包来自%1，其密钥指纹为

%2

请对方向您念出其指纹。是否与此完全一致？</translation>
    </message>
    <message>
        <source>The package is genuine and complete. It will change:

%1

Apply it?</source>
        <translation>数据包真实完整。导入将改动：

%1

是否应用？</translation>
    </message>
    <message>
        <source>Accept a township&apos;s full re-baseline (it replaces everything held from it)</source>
        <translation>接受乡镇的全量重建基线（替换此前收到的该乡镇全部数据）</translation>
    </message>
    <message>
        <source>Export everything: a full re-baseline, after this database was restored or copied</source>
        <translation>全量导出（重建基线）：仅在本数据库从备份恢复或被复制之后使用</translation>
    </message>
</context>
<context>
    <name>Doudi::SyncExporter</name>
    <message>
        <source>Cannot read the records to send: %1</source>
        <translation>无法读取要发送的记录：%1</translation>
    </message>
    <message>
        <source>This township is not enrolled with its city yet: import the city&apos;s enrolment package first.</source>
        <translation>本乡镇尚未在市局登记：请先导入市局的登记包。</translation>
    </message>
    <message>
        <source>name the township the package is for</source>
        <translation>请指明接收数据包的乡镇</translation>
    </message>
    <message>
        <source>a full re-baseline is sent by a township, not by the city</source>
        <translation>全量重建基线由乡镇发送，市局不发送</translation>
    </message>
    <message>
        <source>%1 is not a site this one exchanges packages with.</source>
        <translation>%1 不是本站的往来站点。</translation>
    </message>
    <message>
        <source>The township %1 has not sent its first package yet: its keys are not known, so nothing can be sealed for it.</source>
        <translation>乡镇%1尚未发来第一个数据包：其密钥未知，无法为其加密数据包。</translation>
    </message>
    <message>
        <source>Cannot write the package to %1: %2</source>
        <translation>无法将数据包写到 %1：%2</translation>
    </message>
    <message>
        <source>The package is recorded but its file could not be written to %1 (%2); export again to write it.</source>
        <translation>同步包已登记，但文件未能写入 %1（%2）；请重新导出以写入该文件。</translation>
    </message>
</context>
<context>
    <name>Doudi::SyncImporter</name>
    <message>
        <source>Cannot record the package: %1</source>
        <translation>无法记录数据包：%1</translation>
    </message>
    <message>
        <source>package %1 differs from what was imported from this site before</source>
        <translation>第 %1 号数据包与此前从该站点导入的不同</translation>
    </message>
    <message>
        <source>Package %1 from %2 is not the one imported under that number before: its database was copied to another PC or restored from a backup. Its packages are refused until a full re-baseline is accepted (sync export --full there, sync import --full here).</source>
        <translation>%2的第 %1 号数据包与此前以同一编号导入的不同：其数据库被复制到了另一台电脑或从备份恢复过。在接受全量重建基线之前拒收其数据包（对方执行 sync export --full，本站执行 sync import --full）。</translation>
    </message>
    <message>
        <source>The package comes from %1, which is not a township of this city.</source>
        <translation>数据包来自 %1，不是本市的乡镇。</translation>
    </message>
    <message>
        <source>The township %1 is not enrolled here: enrol it first (sync enroll).</source>
        <translation>乡镇 %1 尚未在本市局登记：请先登记（sync enroll）。</translation>
    </message>
    <message>
        <source>The package comes from %1, which is not this township&apos;s city.</source>
        <translation>数据包来自 %1，不是本乡镇所属的市局。</translation>
    </message>
    <message>
        <source>The package from %1 is signed with other keys than the ones it enrolled with: it is refused. New keys are confirmed by the bureau, never by a package.</source>
        <translation>%1的数据包所用密钥与登记时的不同，已拒绝导入。新密钥须由市局确认，不能凭数据包更换。</translation>
    </message>
    <message>
        <source>The package is damaged or was changed on the way: its sender&apos;s keys do not match its fingerprint.</source>
        <translation>数据包已损坏或在传递中被改动：发送方密钥与其指纹不符。</translation>
    </message>
    <message>
        <source>This is the first package from %1. Compare its key fingerprint %2 with the one the township reads out to you; if they match, import it again trusting it (--trust %2).</source>
        <translation>这是%1的第一个数据包。请将其密钥指纹 %2 与乡镇念给您的指纹核对；一致时再次导入并信任它（--trust %2）。</translation>
    </message>
    <message>
        <source>The fingerprint you were given does not match this package&apos;s (%1): do not import it; ask the township.</source>
        <translation>您得到的指纹与本数据包的（%1）不符：请勿导入，并向乡镇核实。</translation>
    </message>
    <message>
        <source>This is an enrolment package: it is imported with the city&apos;s fingerprint (--trust).</source>
        <translation>这是登记包：导入时须核对市局的指纹（--trust）。</translation>
    </message>
    <message>
        <source>This is a full re-baseline from %1: it replaces everything held from it. Import it with --full to accept it.</source>
        <translation>这是%1的全量重建基线：将替换此前收到的该站全部数据。接受时请加 --full 导入。</translation>
    </message>
    <message>
        <source>Packages from %1 are refused until a full re-baseline is accepted (%2).</source>
        <translation>在接受全量重建基线之前，拒收%1的数据包（%2）。</translation>
    </message>
    <message>
        <source>package %1 does not follow package %2 imported from this site</source>
        <translation>第 %1 号包不接续从该站点导入的第 %2 号包</translation>
    </message>
    <message>
        <source>Package %1 from %2 does not follow package %3 imported here: it was written after another package %3 than the one received (its database was copied or restored). Its packages are refused until a full re-baseline is accepted (sync export --full there, sync import --full here).</source>
        <translation>来自%2的第 %1 号同步包不接续本站已导入的第 %3 号包：它是在另一个第 %3 号包之后生成的（其数据库曾被复制或恢复）。在接受完整重建基线之前拒收其同步包（在对方执行 sync export --full，在本站执行 sync import --full）。</translation>
    </message>
    <message>
        <source>The package is damaged or was changed on the way: it has no package number.</source>
        <translation>同步包已损坏或在传递中被改动：没有包序号。</translation>
    </message>
    <message>
        <source>Package %1 from %2 was skipped on %3; its changes came with package %4. Nothing was imported.</source>
        <translation>来自%2的第 %1 号同步包已于 %3 被跳过，其变更已随第 %4 号包导入。未导入任何内容。</translation>
    </message>
    <message>
        <source>its audit trail was rewritten or cut (package %1)</source>
        <translation>其审计记录被改写或截断（第 %1 号包）</translation>
    </message>
</context>
<context>
    <name>Doudi::SyncPackage</name>
    <message>
        <source>The file is damaged or cut short: it cannot be a whole Doudi package.</source>
        <translation>文件已损坏或不完整，不是完整的兜底数据包。</translation>
    </message>
    <message>
        <source>The file is not a Doudi package.</source>
        <translation>该文件不是兜底数据包。</translation>
    </message>
    <message>
        <source>The package is of format version %1; this Doudi reads version %2.</source>
        <translation>数据包格式版本为 %1，本程序只能读取版本 %2。</translation>
    </message>
    <message>
        <source>The package is damaged or was changed on the way: its signature does not match the sender&apos;s key.</source>
        <translation>数据包已损坏或在传递中被改动：签名与发送方密钥不符。</translation>
    </message>
    <message>
        <source>The package is for %1, not for this site (%2).</source>
        <translation>该数据包是发给 %1 的，不是发给本站点（%2）的。</translation>
    </message>
    <message>
        <source>The package was not sealed for this site&apos;s key: it cannot be opened here.</source>
        <translation>该数据包不是用本站点密钥加密的，无法在此打开。</translation>
    </message>
    <message>
        <source>The package is damaged: its contents cannot be decrypted.</source>
        <translation>数据包已损坏：内容无法解密。</translation>
    </message>
    <message>
        <source>The package is damaged: its contents cannot be decompressed.</source>
        <translation>数据包已损坏：内容无法解压。</translation>
    </message>
    <message>
        <source>The package is sealed: it is not an enrolment package.</source>
        <translation>该数据包已加密，不是注册数据包。</translation>
    </message>
    <message>
        <source>This is an enrolment package: it is imported with the city&apos;s fingerprint (--trust).</source>
        <translation>这是注册数据包：须凭市局密钥指纹导入（--trust）。</translation>
    </message>
    <message>
        <source>The package is damaged or was changed on the way: its header is not one Doudi writes (site codes, and package numbers from 1 to %1).</source>
        <translation>同步包已损坏或在传递中被改动：包头不是兜底写出的格式（站点代码，包序号为 1 至 %1）。</translation>
    </message>
</context>
<context>
    <name>Doudi::TextLimits</name>
    <message>
        <source>is %1 characters long; it may have at most %2</source>
        <translation>长 %1 个字，最多允许 %2 个字</translation>
    </message>
</context>
<context>
    <name>Doudi::TownshipIntake</name>
    <message>
        <source>Cannot apply the city&apos;s package: %1</source>
        <translation>无法应用市局的数据包：%1</translation>
    </message>
    <message>
        <source>The package&apos;s “%1” record %2 is damaged.</source>
        <translation>数据包中的“%1”记录 %2 已损坏。</translation>
    </message>
    <message>
        <source>The package carries “%1” records, which the city does not own: it is refused.</source>
        <translation>数据包中含有市局无权发送的“%1”记录，已拒绝导入。</translation>
    </message>
    <message>
        <source>must be a whole number of permille</source>
        <translation>应为整数千分比</translation>
    </message>
</context>
<context>
    <name>Doudi::Transaction</name>
    <message>
        <source>Could not start a database transaction: %1</source>
        <translation>无法开始数据库事务：%1</translation>
    </message>
    <message>
        <source>Could not save to the database: %1</source>
        <translation>无法保存到数据库：%1</translation>
    </message>
</context>
<context>
    <name>Doudi::UserRepository</name>
    <message>
        <source>use 2 to 32 letters, digits, dots, dashes or underscores</source>
        <translation>请使用 2 至 32 个字母、数字、点、连字符或下划线</translation>
    </message>
    <message>
        <source>a village cadre needs their village</source>
        <translation>村干部需要指定所在的村</translation>
    </message>
    <message>
        <source>the user %1 exists already</source>
        <translation>用户 %1 已存在</translation>
    </message>
    <message>
        <source>Cannot add the user: %1</source>
        <translation>无法添加用户：%1</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <source>Cannot change the user: %1</source>
        <translation>无法修改用户：%1</translation>
    </message>
    <message>
        <source>Cannot change the password: %1</source>
        <translation>无法修改密码：%1</translation>
    </message>
    <message>
        <source>Cannot record the login: %1</source>
        <translation>无法记录登录：%1</translation>
    </message>
    <message>
        <source>Cannot read the users: %1</source>
        <translation>无法读取用户：%1</translation>
    </message>
    <message>
        <source>the first account of a site must be its administrator (admin)</source>
        <translation>站点的第一个账号必须是系统管理员（admin）</translation>
    </message>
</context>
<context>
    <name>Doudi::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Disable or enable</source>
        <translation>停用或启用(&amp;D)</translation>
    </message>
    <message>
        <source>Set a new &amp;password…</source>
        <translation>设置新密码(&amp;P)…</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>New password (at least %1 characters):</source>
        <translation>新密码（至少 %1 个字符）：</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>显示姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Village (cadres):</source>
        <translation>所在村（村干部）(&amp;V)：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>Why (kept in the audit trail):</source>
        <translation>原因（记入审计记录）：</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <source>Empty: the township&apos;s limit</source>
        <translation>留空即为乡镇审批额度</translation>
    </message>
    <message>
        <source>&amp;Pays alone up to (元, clerks):</source>
        <translation>可自行审批额度（元，经办人）(&amp;P)：</translation>
    </message>
    <message>
        <source>Pays alone up to: %1</source>
        <translation>可自行审批额度：%1</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>active; no site key yet: set a new password</source>
        <translation>正常；尚无站点密钥：请重设密码</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>Doudi::VillageCsv</name>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>write 1 (urban) or 0 (rural)</source>
        <translation>请填 1（城镇）或 0（农村）</translation>
    </message>
</context>
<context>
    <name>Doudi::VillagesDialog</name>
    <message>
        <source>Villages and communities</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Urban or rural</source>
        <translation>城乡</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>改名(&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>撤销(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>从 CSV 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>已并入 %1</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>urban</source>
        <translation>城镇</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>Add a village or community</source>
        <translation>添加村（社区）</translation>
    </message>
    <message>
        <source>12 digits, e.g. 220681101210</source>
        <translation>12 位数字，例如 220681101210</translation>
    </message>
    <message>
        <source>A residents&apos; committee (社区): its households live in town</source>
        <translation>社区（居委会）：辖区家庭为城镇户</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Rename a village</source>
        <translation>村（社区）改名</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>Retire a village</source>
        <translation>撤销村（社区）</translation>
    </message>
    <message>
        <source>Retire %1 %2? Its old records keep it; no new household can be entered there.</source>
        <translation>撤销 %1 %2 吗？原有记录仍保留该村，但不能再录入新的家庭。</translation>
    </message>
    <message>
        <source>Merge villages</source>
        <translation>合村并居</translation>
    </message>
    <message>
        <source>The households of %1 move to (their history keeps the old village):</source>
        <translation>%1 的家庭并入（其历史记录仍保留原村）：</translation>
    </message>
    <message>
        <source>Import villages</source>
        <translation>导入村（社区）</translation>
    </message>
    <message>
        <source>CSV files: code,name[,urban] (*.csv);;All files (*)</source>
        <translation>CSV 文件：代码,名称[,城镇] (*.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Doudi::Vocabulary</name>
    <message>
        <source>Urban</source>
        <translation>城镇</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>Dibao</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Extreme poverty support</source>
        <translation>特困供养</translation>
    </message>
    <message>
        <source>Gradual exit</source>
        <translation>低保渐退</translation>
    </message>
    <message>
        <source>Not receiving</source>
        <translation>未享受</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>肢体残疾</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>视力残疾</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听力残疾</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>言语残疾</translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation>智力残疾</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>精神残疾</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>多重残疾</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Son- or daughter-in-law</source>
        <translation>儿媳/女婿</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>工资性收入</translation>
    </message>
    <message>
        <source>Farming</source>
        <translation>农业经营收入</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>经营性收入</translation>
    </message>
    <message>
        <source>Rent and property</source>
        <translation>财产性收入</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>养老金</translation>
    </message>
    <message>
        <source>Basic pension</source>
        <translation>城乡居民基础养老金</translation>
    </message>
    <message>
        <source>Old-age allowance</source>
        <translation>高龄津贴</translation>
    </message>
    <message>
        <source>Support from relatives</source>
        <translation>赡（抚、扶）养费</translation>
    </message>
    <message>
        <source>Social assistance</source>
        <translation>社会救助金</translation>
    </message>
    <message>
        <source>Poverty-alleviation project income</source>
        <translation>扶贫项目收益</translation>
    </message>
    <message>
        <source>Special care allowance</source>
        <translation>优抚金</translation>
    </message>
    <message>
        <source>Family-planning reward</source>
        <translation>计划生育奖励</translation>
    </message>
    <message>
        <source>Scholarship</source>
        <translation>奖学金、助学金</translation>
    </message>
    <message>
        <source>Bravery award</source>
        <translation>见义勇为奖金</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <source>Self-paid medical costs</source>
        <translation>自付医疗费用</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育支出</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>照料护理支出</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>小汽车</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>货车</translation>
    </message>
    <message>
        <source>Motorcycle</source>
        <translation>摩托车</translation>
    </message>
    <message>
        <source>Electric bike</source>
        <translation>电动自行车</translation>
    </message>
    <message>
        <source>Farm machinery</source>
        <translation>农用机械</translation>
    </message>
    <message>
        <source>Disability vehicle</source>
        <translation>残疾人代步车</translation>
    </message>
    <message>
        <source>Other vehicle</source>
        <translation>其他车辆</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>健在</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Declared missing</source>
        <translation>宣告失踪</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>失联</translation>
    </message>
    <message>
        <source>Detained or in custody</source>
        <translation>服刑在押、强制隔离戒毒或被限制人身自由</translation>
    </message>
    <message>
        <source>Severely disabled</source>
        <translation>重残</translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation>重病</translation>
    </message>
    <message>
        <source>In an institution</source>
        <translation>集中养育</translation>
    </message>
    <message>
        <source>In a family</source>
        <translation>社会散居</translation>
    </message>
</context>
<context>
    <name>Doudi::WorkCalendar</name>
    <message>
        <source>a calendar must be a JSON object</source>
        <translation>工作日历应为一个 JSON 对象</translation>
    </message>
    <message>
        <source>must be a year such as 2025</source>
        <translation>应为年份，如 2025</translation>
    </message>
    <message>
        <source>“%1” is not a date written YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 不在 %2 年内</translation>
    </message>
    <message>
        <source>is a holiday too</source>
        <translation>同时又是节假日</translation>
    </message>
    <message>
        <source>%1 is listed twice (also at %2)</source>
        <translation>%1 重复列出（另见 %2）</translation>
    </message>
</context>
<context>
    <name>Doudi::XlsxReader</name>
    <message>
        <source>Cannot read the workbook.</source>
        <translation>无法读取工作簿。</translation>
    </message>
    <message>
        <source>the file is not an Excel workbook (.xlsx); in Excel or WPS choose “Save as” and the type “Excel 工作簿 (*.xlsx)”</source>
        <translation>该文件不是 Excel 工作簿（.xlsx）；请在 Excel 或 WPS 中“另存为”，类型选“Excel 工作簿 (*.xlsx)”</translation>
    </message>
    <message>
        <source>the workbook has no %1; it is damaged or not an .xlsx file</source>
        <translation>工作簿中没有 %1；文件已损坏或不是 .xlsx 文件</translation>
    </message>
    <message>
        <source>the workbook&apos;s %1 is too large to be a roster</source>
        <translation>工作簿的 %1 太大，不可能是花名册</translation>
    </message>
    <message>
        <source>the workbook&apos;s %1 cannot be read; it is damaged</source>
        <translation>无法读取工作簿的 %1；文件已损坏</translation>
    </message>
    <message>
        <source>the workbook&apos;s list of sheets is damaged (%1)</source>
        <translation>工作簿的工作表目录已损坏（%1）</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the workbook&apos;s text table is damaged (%1)</source>
        <translation>工作簿的文字表已损坏（%1）</translation>
    </message>
    <message>
        <source>the workbook&apos;s formats are damaged</source>
        <translation>工作簿的格式信息已损坏</translation>
    </message>
    <message>
        <source>the workbook has no sheet “%1”; it has %2</source>
        <translation>工作簿中没有工作表“%1”；现有：%2</translation>
    </message>
    <message>
        <source>the sheet “%1” has a cell outside Excel&apos;s grid</source>
        <translation>工作表“%1”中有超出 Excel 范围的单元格</translation>
    </message>
    <message>
        <source>the sheet “%1” is damaged (%2)</source>
        <translation>工作表“%1”已损坏（%2）</translation>
    </message>
    <message>
        <source>the sheet “%1” reaches cell %2%3, too far for a roster (at most %4 cells): delete what stands far below or to the right of the roster, or copy the roster to a new sheet</source>
        <translation>工作表“%1”的内容一直延伸到单元格 %2%3，超出花名册的范围（最多 %4 个单元格）：请删除花名册下方或右侧远处的内容，或把花名册复制到一个新工作表</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Doudi</source>
        <translation>兜底</translation>
    </message>
    <message>
        <source>Open a Doudi database</source>
        <translation>打开兜底数据库</translation>
    </message>
    <message>
        <source>Doudi databases (*.doudi);;All files (*)</source>
        <translation>兜底数据库 (*.doudi);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Doudi, the township social-assistance desk.</source>
        <translation>兜底，乡镇社会救助经办桌面软件。</translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>This backup is of another site.</source>
        <translation>这是其他单位的备份。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The backup of %1 is restored. The database it replaced is kept as %2. The next package to the city will be a full re-baseline.</source>
        <translation>已恢复 %1 的备份。被替换的数据库保留为 %2。下一个报送市局的同步包将是全量重报。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>没有恢复任何内容：%1</translation>
    </message>
    <message>
        <source>The demo township is ready. Log in as clerk1, supervisor or admin, password %1.</source>
        <translation>演示乡镇已准备好。请用 clerk1、supervisor 或 admin 登录，密码 %1。</translation>
    </message>
</context>
</TS>
