#include "reportstyle.h"

#include "reportfonts.h"

#include <QPaintDevice>

ReportStyle::ReportStyle(QPaintDevice *device, qreal bodyPointSize)
    : unit(device->logicalDpiY() / 72.0), bodySize(bodyPointSize),
      body(ReportFonts::font(bodyPointSize)), bodyBold(ReportFonts::font(bodyPointSize, true)),
      small(ReportFonts::font(bodyPointSize * 0.85)),
      smallBold(ReportFonts::font(bodyPointSize * 0.85, true)),
      heading(ReportFonts::font(bodyPointSize, true)),
      title(ReportFonts::font(bodyPointSize * 1.7, true)),
      symbol(ReportFonts::font(bodyPointSize * 1.35, true)), padding(pt(bodyPointSize * 0.3)),
      rule(pt(0.5)), gap(pt(bodyPointSize * 0.6))
{
}
