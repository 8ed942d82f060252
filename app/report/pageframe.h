#pragma once

#include "reportstyle.h"
#include "textblock.h"

#include <QSizeF>

class ProgressReport;

// What every page of a report carries: the plan's title, organisation and as-of date on top,
// the status legend with each level's description under it on the first page, and the footer
// with the as-of date and "n / N".
class PageFrame
{
public:
    PageFrame(const ProgressReport &report, const ReportStyle &style, QPaintDevice *device,
              const QSizeF &page, const QString &subtitle);

    qreal bodyTop(bool firstPage) const;
    qreal bodyBottom() const;
    void paint(QPainter *painter, int page, int pageCount) const;

private:
    const ReportStyle &m_style;
    QSizeF m_page;
    QString m_asOf;
    TextBlock m_title;
    TextBlock m_side;
    TextFlow m_legend;
    qreal m_headerHeight = 0;
    qreal m_footerHeight = 0;
};
