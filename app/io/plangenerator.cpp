#include "plangenerator.h"
#include "domain/japaneseera.h"

#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

namespace {

// The generator's vocabulary: the kind of words the Iruma and Tokorozawa tables are written in.
const char *const kDepartments[] = {
    "政策企画課",       "財政課",         "行政経営課",   "デジタル推進課", "総務課",
    "人事課",           "危機管理課",     "市民課",       "市民活動推進課", "国際交流課",
    "文化振興課",       "スポーツ振興課", "環境政策課",   "資源循環推進課", "産業振興課",
    "商工観光課",       "農業振興課",     "都市計画課",   "市街地整備課",   "道路整備課",
    "道路維持課",       "公園緑地課",     "交通政策課",   "住宅政策課",     "建築指導課",
    "上下水道総務課",   "福祉総務課",     "障害福祉課",   "高齢者支援課",   "介護保険課",
    "健康づくり支援課", "保険年金課",     "こども政策課", "こども支援課",   "保育幼稚園課",
    "青少年課",         "教育総務課",     "学校教育課",   "生涯学習推進課", "図書館",
    "消防総務課",       "予防課",
};

const char *const kChapters[] = {
    "子どもの笑顔があふれるまち", "誰もが健やかに暮らせるまち", "安全・安心なまち",
    "活力と魅力あるまち",         "環境にやさしいまち",         "便利で快適なまち",
    "市民とともに歩む市役所",     "文化とスポーツのまち",
};

const char *const kTags[] = {"子育て",   "教育", "福祉",     "医療",   "防災",
                             "デジタル", "環境", "産業",     "観光",   "交通",
                             "都市整備", "文化", "スポーツ", "行財政", "共生"};

const char *const kSubjects[] = {
    "子育て世帯への経済的支援", "地域包括ケアシステムの構築", "公共施設の長寿命化",
    "デジタル窓口の整備",       "防災備蓄倉庫の充実",         "通学路の安全対策",
    "商店街の空き店舗活用",     "再生可能エネルギーの導入",   "ごみの減量と資源化",
    "図書館の開館時間延長",     "高齢者の見守り体制",         "放課後児童クラブの拡充",
    "市内企業の人材確保",       "観光拠点の魅力向上",         "公共交通の利便性向上",
    "橋りょうの計画的な修繕",   "学校給食費の負担軽減",       "特定健診の受診率向上",
    "多文化共生の推進",         "行政手続のオンライン化",     "自主防災組織の育成",
    "中心市街地のにぎわい創出", "農業の担い手育成",           "スポーツ施設の改修",
    "文化財の保存と活用",       "医療的ケア児への支援",       "ひとり親家庭の自立支援",
    "空き家対策の推進",         "脱炭素に向けた取組",         "消防団の活動支援",
};

const char *const kMeans[] = {
    "関係団体と連携した推進体制を整備する",     "国・県の補助制度を活用して事業費を確保する",
    "市民アンケートを実施してニーズを把握する", "専門家による検討委員会を設置する",
    "モデル地区を指定して先行的に実施する",     "近隣市との広域連携により効率的に進める",
    "民間事業者のノウハウを活用する",           "庁内横断のプロジェクトチームを設ける",
};

const char *const kPlanVerbs[] = {"検討を進める",     "段階的に拡充する", "制度設計を行う",
                                  "実施方針を定める", "着実に推進する",   "運用を開始する"};

const char *const kNouns[] = {"基本方針", "実施計画",   "実施要綱", "事業者選定",
                              "基本設計", "住民説明会", "補助制度", "運営マニュアル"};

const char *const kVerbs[] = {"策定する", "実施する", "完了する", "開始する", "見直す"};

const char *const kParties[] = {"県",     "関係団体",   "自治会連合会", "庁内関係課",
                                "事業者", "学校関係者", "商工会議所",   "地元町会"};

const char *const kEvents[] = {"説明会",     "ワークショップ", "検討委員会", "現地調査",
                               "意見交換会", "研修会",         "実証実験",   "出前講座"};

const char *const kUsers[] = {"tanaka", "suzuki", "sato", "takahashi", "ito", "watanabe"};

template <size_t N> QString pick(QRandomGenerator &rng, const char *const (&words)[N])
{
    return QString::fromUtf8(words[rng.bounded(int(N))]);
}

QString planText(QRandomGenerator &rng)
{
    QString text = pick(rng, kSubjects) + QStringLiteral("に係る") + pick(rng, kNouns) +
                   QStringLiteral("を") + pick(rng, kVerbs) + QStringLiteral("。");
    if (text.size() < 36)
        text += pick(rng, kParties) + QStringLiteral("と調整する。");
    return text;
}

QString contentText(QRandomGenerator &rng)
{
    QString text = pick(rng, kSubjects) + QStringLiteral("を図るため、") + pick(rng, kMeans) +
                   QStringLiteral("。");
    while (text.size() < 90)
        text += QStringLiteral("あわせて") + pick(rng, kSubjects) + QStringLiteral("についても") +
                pick(rng, kPlanVerbs) + QStringLiteral("。");
    return text;
}

// One ・ line of a 取組状況, as staff write them.
QString narrativeLine(QRandomGenerator &rng)
{
    const int month = int(rng.bounded(12)) + 1;
    switch (rng.bounded(5)) {
    case 0:
        return QStringLiteral("・%1月に%2を開催し、%3から意見を聴取した。")
            .arg(month)
            .arg(pick(rng, kEvents), pick(rng, kParties));
    case 1:
        return QStringLiteral("・%1に向けて%2と協議を進めている。")
            .arg(pick(rng, kSubjects), pick(rng, kParties));
    case 2:
        return QStringLiteral("・%1の案を作成し、%2に説明した。")
            .arg(pick(rng, kNouns), pick(rng, kParties));
    case 3: {
        const int applied = int(rng.bounded(20, 400));
        return QStringLiteral("・申請を%1件受け付け、うち%2件を交付決定した。")
            .arg(applied)
            .arg(applied - int(rng.bounded(applied / 4 + 1)));
    }
    default:
        return QStringLiteral("・%1について、%2を実施した。")
            .arg(pick(rng, kSubjects), pick(rng, kEvents));
    }
}

QString narrativeText(QRandomGenerator &rng)
{
    QStringList lines;
    int length = 0;
    while (length < 130) {
        lines << narrativeLine(rng);
        length += int(lines.constLast().size()) + 1;
    }
    return lines.join(QLatin1Char('\n'));
}

// Mostly ○, some ☆ and △, a few ×: the levels in the scale's order ☆ ○ △ ×.
qint64 pickLevel(QRandomGenerator &rng, const StatusScale &scale)
{
    const int roll = int(rng.bounded(100));
    const int index = roll < 18 ? 0 : roll < 75 ? 1 : roll < 92 ? 2 : 3;
    return scale.levels.at(index).id;
}

struct Builder
{
    QRandomGenerator rng;
    qint64 nextId = 1;
    Plan plan;
    QList<int> fiscalYears;

    qint64 id() { return nextId++; }
    void header(int periods);
    void departments();
    void pledge(int index, int rowsPerPledge);
    void row(qint64 pledgeId, int index);
};

void Builder::header(int periods)
{
    plan.info.title = QStringLiteral("市長公約 進捗状況一覧（生成データ）");
    plan.info.organisation = QStringLiteral("架空市");
    plan.periodScale = StatusScale::preset(StatusScale::Preset::StarCircleTriangleCross);
    for (StatusLevel &level : plan.periodScale.levels)
        level.id = id();
    for (int i = 0; i < periods; ++i) {
        Period period = Period::half(2019 + i / 2, i % 2 + 1);
        period.id = id();
        plan.periods.append(period);
    }
    fiscalYears = plan.fiscalYears();
    if (!plan.periods.isEmpty())
        plan.info.asOf = plan.periods.constLast().endDate(plan.info.fiscalYearStartMonth);
}

void Builder::departments()
{
    for (const char *name : kDepartments)
        plan.departments.append({id(), QString::fromUtf8(name)});
}

void Builder::pledge(int index, int rowsPerPledge)
{
    if (index % 10 == 0) {
        const int number = index / 10 + 1;
        const int count = int(std::size(kChapters));
        plan.chapters.append({id(), number, QString::fromUtf8(kChapters[(number - 1) % count])});
    }
    Pledge pledge;
    pledge.id = id();
    pledge.chapterId = plan.chapters.constLast().id;
    pledge.number = QString::number(index + 1);
    pledge.tag = pick(rng, kTags);
    pledge.title = pick(rng, kSubjects) + QStringLiteral("を") +
                   QStringList{QStringLiteral("推進します"), QStringLiteral("実現します"),
                               QStringLiteral("強化します"), QStringLiteral("拡充します")}
                       .at(rng.bounded(4));
    plan.pledges.append(pledge);
    for (int r = 0; r < rowsPerPledge; ++r)
        row(pledge.id, r);
}

void Builder::row(qint64 pledgeId, int index)
{
    PledgeRow row;
    row.id = id();
    row.pledgeId = pledgeId;
    row.kind = PledgeRow::Kind::Department;
    row.title = pick(rng, kSubjects) + QStringLiteral("事業");
    row.content = contentText(rng);
    row.departmentId = plan.departments.at(rng.bounded(int(plan.departments.size()))).id;
    row.targetDateText = QStringLiteral("R%1.%2").arg(3 + rng.bounded(6)).arg(index % 2 ? 3 : 9);
    row.targetDate = JapaneseEra::parseTargetDate(row.targetDateText);
    plan.rows.append(row);
    for (const Period &period : std::as_const(plan.periods)) {
        if (rng.bounded(100) >= 80)
            continue;
        Cell cell;
        cell.plan = planText(rng);
        cell.levelId = pickLevel(rng, plan.periodScale);
        cell.narrative = narrativeText(rng);
        plan.cells.insert({row.id, period.id}, cell);
    }
    for (const int year : std::as_const(fiscalYears))
        plan.yearCells.insert({row.id, year}, YearCell{planText(rng), 0, QString()});
}

} // namespace

Plan PlanGenerator::generate(int pledges, int rowsPerPledge, int periods, quint32 seed)
{
    Builder b{QRandomGenerator(seed), 1, {}, {}};
    b.header(periods);
    b.departments();
    for (int i = 0; i < pledges; ++i)
        b.pledge(i, rowsPerPledge);
    return std::move(b.plan);
}

QList<HistoryEntry> PlanGenerator::history(const Plan &plan, int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<CellKey> keys;
    for (auto it = plan.cells.cbegin(); it != plan.cells.cend(); ++it) {
        if (it.value().levelId)
            keys.append(it.key());
    }
    std::sort(keys.begin(), keys.end()); // QHash order is not the same from run to run
    QList<HistoryEntry> entries;
    const QList<StatusLevel> &levels = plan.periodScale.levels;
    for (int i = 0; i < count && !keys.isEmpty() && levels.size() > 1; ++i) {
        const CellKey key = keys.at(rng.bounded(int(keys.size())));
        const StatusLevel *now = plan.periodScale.levelById(plan.cells.value(key).levelId);
        const Period *period = plan.period(key.second);
        StatusLevel before = levels.at(rng.bounded(int(levels.size())));
        if (before.id == now->id)
            before = levels.at((levels.indexOf(before) + 1) % levels.size());
        HistoryEntry entry;
        entry.rowId = key.first;
        entry.periodId = key.second;
        entry.field = QStringLiteral("status");
        entry.oldValue = before.symbol;
        entry.newValue = now->symbol;
        const QDate start = period->startDate(plan.info.fiscalYearStartMonth);
        const QDate day = start.addDays(
            rng.bounded(int(start.daysTo(period->endDate(plan.info.fiscalYearStartMonth)) + 1)));
        entry.at = QDateTime(day, QTime(8 + rng.bounded(10), rng.bounded(60)), Qt::UTC);
        entry.user = pick(rng, kUsers);
        entry.source = QStringLiteral("pledgetracker generate");
        entries.append(entry);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.at < b.at; });
    return entries;
}
