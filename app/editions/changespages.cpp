#include "changespages.h"

#include "report/progressreport.h"

#include <QPainter>

namespace {

using Group = ChangesReport::Group;

bool isStatusGroup(Group group)
{
    return group == Group::StatusUp || group == Group::StatusDown || group == Group::StatusGiven ||
           group == Group::StatusCleared;
}

} // namespace

ChangesPages::ChangesPages(const ChangesReport &report, QPaintDevice *device, const QSizeF &page,
                           qreal bodySize)
    : m_report(report), m_device(device), m_page(page), m_style(device, bodySize)
{
    // The frame prints a progress report's header; this one carries the plan's title and
    // organisation, and the later side where the others print their as-of date.
    ProgressReport header;
    header.options = report.options;
    header.title = report.planTitle;
    header.organisation = report.organisation;
    header.asOf = report.afterLabel;
    m_frame = std::make_unique<PageFrame>(header, m_style, device, page, report.title);
}

ChangesPages::~ChangesPages() = default;

void ChangesPages::add(const QList<TextBlock::Paragraph> &paragraphs, qreal indent,
                       qreal spaceBefore, bool keepWithNext)
{
    m_items.append({TextBlock(paragraphs, m_page.width() - indent, m_device), indent, spaceBefore,
                    keepWithNext});
}

bool ChangesPages::layout(const std::function<bool(int)> &step)
{
    m_items.clear();
    m_pages.clear();
    for (const QString &side : {m_report.comparedFrom, m_report.comparedTo})
        add({{side, m_style.body, m_style.ink, {}, {}}}, 0, 0);
    if (m_report.sections.isEmpty())
        add({{m_report.noChanges, m_style.body, m_style.ink, {}, {}}}, 0, 2 * m_style.gap);
    for (const ChangesReport::Section &section : m_report.sections) {
        add({{section.heading, m_style.bodyBold, m_style.ink, {}, {}}}, 0, 2 * m_style.gap, true);
        for (const ChangesReport::Entry &entry : section.entries)
            addEntry(section.group, entry);
    }
    if (step && !step(1))
        return false;
    paginate();
    return !step || step(2);
}

// "NO.3 ② 制度周知　令和6年度 上半期　B 実施中 → A 完了" for a status, the row and its content
// for a new or removed row, the row and the field with the texts before and after under it.
void ChangesPages::addEntry(Group group, const ChangesReport::Entry &entry)
{
    const bool japanese = m_report.options.japanese();
    const QString space = japanese ? QStringLiteral("　") : QStringLiteral("  ");
    QTextCharFormat bold;
    bold.setFont(m_style.bodyBold);
    QString line = entry.subject;
    if (!entry.place.isEmpty())
        line += space + entry.place;
    if (isStatusGroup(group))
        line += space + entry.before + QStringLiteral(" → ") + entry.after;
    const QList<QTextLayout::FormatRange> subject{{0, int(entry.subject.size()), bold}};
    const qreal indent = 1.5 * m_style.em();
    if (isStatusGroup(group) || group == Group::NewPeriods || group == Group::RemovedPeriods) {
        add({{line, m_style.body, m_style.ink, {}, subject}}, 0, m_style.gap / 2);
        return;
    }
    QList<TextBlock::Paragraph> texts;
    const QString empty = japanese ? QStringLiteral("（空欄）") : QStringLiteral("(empty)");
    auto value = [&](const QString &text) { return text.isEmpty() ? empty : text; };
    if (group == Group::Texts) {
        texts.append(
            {(japanese ? QStringLiteral("前：") : QStringLiteral("Before: ")) + value(entry.before),
             m_style.body,
             m_style.muted,
             {},
             {}});
        texts.append(
            {(japanese ? QStringLiteral("後：") : QStringLiteral("After: ")) + value(entry.after),
             m_style.body,
             m_style.ink,
             {},
             {}});
    } else {
        const QString content = group == Group::NewRows ? entry.after : entry.before;
        if (!content.isEmpty())
            texts.append({content, m_style.body, m_style.ink, {}, {}});
    }
    add({{line, m_style.body, m_style.ink, {}, subject}}, 0, m_style.gap / 2, !texts.isEmpty());
    if (!texts.isEmpty())
        add(texts, indent, 0);
}

void ChangesPages::paginate()
{
    const qreal bottom = m_frame->bodyBottom();
    m_pages.append(QList<Placed>());
    qreal y = m_frame->bodyTop(true);
    auto newPage = [&] {
        m_pages.append(QList<Placed>());
        y = m_frame->bodyTop(false);
    };
    for (int i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        if (!m_pages.last().isEmpty())
            y += item.spaceBefore;
        // A heading or an entry's first line goes with the next item's first line.
        if (item.keepWithNext && i + 1 < m_items.size() && !m_pages.last().isEmpty()) {
            const TextBlock &next = m_items.at(i + 1).text;
            const qreal need = item.text.height() + m_items.at(i + 1).spaceBefore +
                               (next.isEmpty() ? 0 : next.extent(0, 1));
            if (y + need > bottom)
                newPage();
        }
        int first = 0;
        while (first < item.text.lineCount()) {
            int fitting = item.text.linesFitting(first, bottom - y);
            if (fitting == 0 && !m_pages.last().isEmpty()) {
                newPage();
                continue;
            }
            fitting = qMax(1, fitting); // a line taller than a page is printed, cut
            m_pages.last().append({i, first, first + fitting, y});
            y += item.text.extent(first, first + fitting);
            first += fitting;
            if (first < item.text.lineCount())
                newPage();
        }
    }
}

void ChangesPages::paintPage(QPainter *painter, int page) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    painter->save();
    m_frame->paint(painter, page, pageCount());
    for (const Placed &p : m_pages.at(page)) {
        const Item &item = m_items.at(p.item);
        item.text.draw(painter, QPointF(item.indent, p.y), p.firstLine, p.endLine);
    }
    painter->restore();
}
