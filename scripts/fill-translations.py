#!/usr/bin/env python3
"""Fills the Chinese translations of the UI strings in app/i18n/*.ts from the table below.

Workflow after changing UI strings: `cmake --build <build dir> --target update_translations`
(lupdate adds the new strings as unfinished), add them to ZH here, run this script, build.
Prints the strings that still have no translation.
"""
import pathlib
import re
import sys

ZH = {
    # the save dialog (app/qml/dialogs/SaveDialog.qml)
    "%1 has errors, so the land around the districts is not drawn:": "%1 有错误，因此不绘制各区周边的陆地：",
    "A file name cannot contain “/”.": "文件名不能包含“/”。",
    "“%1” is not a file name.": "“%1”不是有效的文件名。",
    "“%1” is a folder. Type another name.": "“%1”是一个文件夹。请输入其他名称。",
    "The folder “%1” cannot be read.": "无法读取文件夹“%1”。",
    "The folder “%1” does not exist.": "文件夹“%1”不存在。",
    "Folder:": "文件夹：",
    "Folder path (Enter goes there)": "文件夹路径（按回车键前往）",
    "Up": "上一级",
    "Go to the folder above": "前往上一级文件夹",
    "Home": "主目录",
    "Go to your home folder": "前往您的主目录",
    "Folders, and the files of this kind": "文件夹及此类文件",
    "Folder %1": "文件夹 %1",
    "File %1": "文件 %1",
    "No folders or files of this kind here": "此处没有文件夹或此类文件",
    "Name:": "文件名：",
    "File name (Enter saves)": "文件名（按回车键保存）",
    "Saves %1": "将保存为 %1",
    "Type a file name.": "请输入文件名。",
    "Save": "保存",
    "Cancel": "取消",
    "“%1” already exists. Replace it?": "“%1”已存在。要替换它吗？",
    "Replace": "替换",
    "Map, table or chart": "地图、表格或图表",
    "Export the open district's PDF summary": "导出当前区的 PDF 摘要",
    "Base map": "底图",
    "Choose what lies under the districts": "选择各区下方显示的底图",
    "Land around the city (offline)": "周边陆地（离线）",
    "Map tiles from %1": "来自 %1 的地图瓦片",
    "Map tiles (start with --tiles URL_TEMPLATE)": "地图瓦片（启动时使用 --tiles URL_TEMPLATE）",
    "The tile server in your settings was ignored: %1": "设置中的瓦片服务器已被忽略：%1",
    "no answer within 8 seconds": "8 秒内无响应",
    "the answer is not an image": "响应不是图像",
    "Map tiles could not be loaded from %1 (%2). The districts are shown without them.": "无法从 %1 加载地图瓦片（%2）。各区照常显示，但没有底图。",
    "Map of the districts. Tab moves between districts, Enter opens one.": "各区地图。按 Tab 键在各区之间移动，按回车键打开。",
    "District profile": "区情概览",
    "Close the district panel": "关闭区情面板",
    "Close (Esc)": "关闭（Esc）",
    "Focus industries": "重点产业",
    "Press to show the source": "按下以显示出处",
    "Source: %1": "出处：%1",
    "Sources": "资料来源",
    "Click any item above to see the sentence it comes from.": "点击上方任一条目，可查看其原文出处。",
    "The data could not be loaded": "数据无法加载",
    "Nothing was loaded from %1. Fix the problems below: the files are watched, and the map appears as soon as they are valid. Or start with --data to choose another directory.":
        "未从 %1 加载任何数据。请修正以下问题：程序会监视这些文件，文件一旦有效，地图即会出现。也可以使用 --data 指定其他数据目录。",
    "Nothing was loaded from %1. Fix the problems below and press Try again, or start with --data to choose another directory.":
        "未从 %1 加载任何数据。请修正以下问题后点击“重试”，或使用 --data 指定其他数据目录。",
    "Try again": "重试",
    "The data files in %1 changed, but they have %n problem(s). Still showing the data loaded at %2; it is replaced as soon as the files are valid.":
        "%1 中的数据文件已更改，但有 %n 个问题。当前仍显示 %2 载入的数据；文件一旦有效即会替换。",
    "Hide problems": "隐藏问题",
    "Show problems": "显示问题",
    "Reload": "重新载入",
    "Read the data files again (F5)": "重新读取数据文件（F5）",
    "The data loaded with %n warning(s): something in it may be wrong.": "数据已载入，但有 %n 条警告：其中某些内容可能有误。",
    "Hide": "隐藏",
    "Show": "显示",
    "Dismiss": "关闭",
    "Data reloaded at %1": "数据已于 %1 重新载入",
    "Your settings file is damaged (%1) and could not be moved aside; the application uses its default settings.":
        "设置文件已损坏（%1），且无法移到一旁；程序将使用默认设置。",
    "Your settings file was damaged (%1), so the application started with its default settings. The damaged file was kept as %2.":
        "设置文件已损坏（%1），因此程序以默认设置启动。损坏的文件已保留为 %2。",
    "%1 is inside the data directory %2, which this application never writes to. Choose another folder.":
        "%1 位于数据目录 %2 之内，本程序从不向该目录写入。请选择其他文件夹。",
    "Shanghai Innovation Map": "上海创新地图",
    "Colour by": "着色指标",
    "Colour the map by": "按指标为地图着色",
    "Zoom out": "缩小",
    "Zoom out (-)": "缩小（-）",
    "Zoom in": "放大",
    "Zoom in (+)": "放大（+）",
    "Reset view": "全市视图",
    "Reset the view to the whole city": "将视图恢复为全市",
    "Show the whole city (0)": "显示全市（0）",
    "Switch language": "切换语言",
    "Search districts, platforms, policies… (Ctrl+F)": "搜索区、平台、政策……（Ctrl+F）",
    "Search": "搜索",
    "No matches": "无匹配结果",
    "Click a district on the map…": "请在地图上点击一个区……",
    "Replace…": "替换……",
    "Replace %1": "替换%1",
    "Compare districts": "两区对比",
    "Swap": "互换",
    "Swap the two districts": "互换两个区",
    "Leave compare": "退出对比",
    "Leave compare mode": "退出对比模式",
    "Metrics": "指标",
    "Metric": "指标",
    "Difference": "差值",
    "Ratio": "比值",
    "Rank": "排名",
    "Differences and ratios are first district minus / over second. Ranks are among all districts with data. Hover a metric for its source.":
        "差值与比值均为第一个区减去／除以第二个区。排名为在有数据的各区中的位次。将指针悬停在指标上可查看来源。",
    "Each metric as a share of the highest district's value (%)": "各指标占全市最高区数值的百分比（%）",
    "in both": "两区均有",
    "Click a district to compare…": "请点击要对比的区……",
    "Compare with…": "与其他区对比……",
    "Compare this district with another": "将本区与另一个区对比",
    "Click a district (or search for one) to compare with %1 · Esc cancels": "点击（或搜索）一个区与%1对比 · 按 Esc 取消",
    # the About box (issue 18)
    "About": "关于",
    "About this application": "关于本程序",
    "About Shanghai Innovation Map": "关于上海创新地图",
    "Version %1": "版本 %1",
    "Shanghai's 16 districts and their innovation work, on a map.": "上海16个区及其科技创新工作，尽在一张地图上。",
    "Qt %1 · GDAL %2": "Qt %1 · GDAL %2",
    "The program's code is under the %1 licence.": "本程序的代码采用 %1 许可证。",
    "Data directory": "数据目录",
    "Data sources and their licences": "数据来源及其许可",
    "The district boundaries bundled with the application are Amap's (redistributed by cnmaps, converted from GCJ-02 to WGS84). Amap's terms are not an open-data licence: do not assume that you may reuse or redistribute them. Any GeoJSON with the same properties can replace them (see FORMAT.md in the data directory, and --data).":
        "本程序附带的各区边界来自高德（经 cnmaps 再分发，由 GCJ-02 转换为 WGS84）。高德的条款并非开放数据许可：请勿认为可以再利用或再分发这些边界。任何具有相同属性的 GeoJSON 均可替换它们（参见数据目录中的 FORMAT.md，以及 --data）。",
    # layout, framing, reach and guidance (issue 16, part 1)
    "More actions": "更多操作",
    "Help": "帮助",
    "Help: the keyboard and what each view does": "帮助：键盘操作及各视图的作用",
    "Help (F1)": "帮助（F1）",
    "This help": "本帮助",
    "Search for a district, platform or policy (↑/↓ and Enter choose)": "搜索区、平台或政策（用 ↑/↓ 和回车键选择）",
    "Move through the districts in the official order, then the panel's items and buttons": "按官方顺序在各区之间移动，然后是面板中的条目和按钮",
    "Move to the neighbouring district (with Shift: pan the map)": "移到相邻的区（按住 Shift：平移地图）",
    "Open the district with the keyboard focus, or an item's source sentence": "打开具有键盘焦点的区，或显示条目的原文出处",
    "The district's menu: open, compare with…, export PDF": "区的菜单：打开、与其他区对比、导出 PDF",
    "Zoom in / out": "放大／缩小",
    "Show the whole city": "显示全市",
    "One step back: stop picking, leave compare, close the panel": "后退一步：停止选择、退出对比、关闭面板",
    "Read the data files again": "重新读取数据文件",
    "Quit": "退出",
    "What each view does": "各视图的作用",
    "Keyboard": "键盘",
    "Map: click a district to open its profile; drag to pan, wheel or pinch to zoom, double-click to zoom in. Zoom in to see the names of the small central districts. Right-click a district for its menu.":
        "地图：点击一个区即可打开其区情；拖动以平移，滚轮或双指缩放，双击放大。放大后可看到中心城区几个小区的名称。右键点击一个区可打开其菜单。",
    "District panel: names, brand, platforms, policies, initiatives, key figures and metrics with their rank. Click or press Enter on an item to read the sentence it comes from; text can be selected and copied.":
        "区情面板：名称、品牌、平台、政策、举措、关键数据以及指标及其排名。点击条目或在条目上按回车键，可阅读其原文出处；文字可以选中并复制。",
    "Colour by: colours the districts by a metric, with a legend of its classes, unit, year and source. Grey means no data.":
        "着色依据：按某一指标为各区着色，并附图例（分级、单位、年份和来源）。灰色表示无数据。",
    "Compare: \"Compare with…\" in the panel, then click a second district. The view shows both side by side: a metrics table, a chart and the aligned profiles. Swap, replace either side, leave, or export the comparison as a PDF.":
        "对比：在面板中点击“与其他区对比……”，再点击第二个区。对比视图并排显示两个区：指标表、图表和对齐的区情。可以互换、替换任一侧、退出，或将对比导出为 PDF。",
    "Export PDF…: a printable A4 summary (Chinese and English) of the district or of the comparison.":
        "导出 PDF……：区或对比的可打印 A4 摘要（中英文）。",
    "Welcome": "欢迎",
    "Click a district (or press Tab, then Enter) to read its profile. Zoom in with the mouse wheel or + to see the names of the small central districts. Ctrl+F searches; F1 shows every key.":
        "点击一个区（或按 Tab 键，再按回车键）即可阅读其区情。用鼠标滚轮或 + 键放大，可看到中心城区几个小区的名称。Ctrl+F 搜索；F1 显示全部按键。",
    "Got it": "知道了",
    "Open %1": "打开%1",
    "Compare with %1": "与%1对比",
    "Open": "打开",
    "Open the saved PDF": "打开已保存的 PDF",
    "Show in folder": "在文件夹中显示",
    "Show the saved PDF in its folder": "在所在文件夹中显示已保存的 PDF",
    "Copy": "复制",
    "Copy all": "全部复制",
    "Open a data folder": "打开数据文件夹",
    "Import boundaries: choose the boundary file": "导入边界：选择边界文件",
    "GeoJSON or JSON files (*.json *.geojson)": "GeoJSON 或 JSON 文件 (*.json *.geojson)",
    "All files (*)": "所有文件 (*)",
    "Import boundaries: choose a new, empty folder for the data": "导入边界：为数据选择一个新的空文件夹",
    "Use the bundled data": "使用自带数据",
    "Open folder…": "打开文件夹……",
    "Import boundaries…": "导入边界……",
    "Make a new data folder from a published boundary file (DataV, ECharts, Amap) and the bundled data":
        "用已发布的边界文件（DataV、ECharts、高德）和自带数据生成一个新的数据文件夹",
    "Imported into %1.": "已导入到 %1。",
    "The boundaries were not imported.": "边界未导入。",
    "Open the imported data": "打开导入的数据",
    # the analyst's views (issue 15): view bar, table, chart, Export… menu
    "Map": "地图",
    "Table": "表格",
    "Chart": "图表",
    "The map (Ctrl+1)": "地图（Ctrl+1）",
    "Every district and metric in a sortable table (Ctrl+2)": "各区各项指标的可排序表格（Ctrl+2）",
    "The districts ranked by the chosen metric (Ctrl+3)": "各区按所选指标的排名（Ctrl+3）",
    "Export…": "导出…",
    "Export the data, the map or a summary to a file": "将数据、地图或概览导出为文件",
    "District summary (PDF)…": "区情概览（PDF）…",
    "Comparison (PDF)…": "两区对比（PDF）…",
    "Table as Excel workbook (XLSX)…": "表格：Excel 工作簿（XLSX）…",
    "Table as CSV…": "表格：CSV…",
    "Map as PNG image…": "地图：PNG 图片…",
    "Map as SVG image…": "地图：SVG 图片…",
    "Export the table as an Excel workbook": "将表格导出为 Excel 工作簿",
    "Excel workbooks (*.xlsx)": "Excel 工作簿 (*.xlsx)",
    "Export the table as CSV": "将表格导出为 CSV",
    "CSV files (*.csv)": "CSV 文件 (*.csv)",
    "Export the map as a PNG image": "将地图导出为 PNG 图片",
    "PNG images (*.png)": "PNG 图片 (*.png)",
    "Export the map as an SVG image": "将地图导出为 SVG 图片",
    "SVG images (*.svg)": "SVG 图片 (*.svg)",
    "Unknown export: %1": "未知的导出类型：%1",
    "No data is loaded.": "尚未载入数据。",
    "Copied %1 of %2 rows": "已复制 %1 行（共 %2 行）",
    "Copied the whole table: %1 rows": "已复制整张表：%1 行",
    "Filter by name (中文, English, pinyin)": "按名称筛选（中文、English、拼音）",
    "Filter the districts by name": "按名称筛选各区",
    "%1 districts": "共 %1 个区",
    "%1 of %2 districts": "%2 个区中的 %1 个",
    "Copy": "复制",
    "Copy the selected rows, or the whole table, for a spreadsheet (Ctrl+C)": "复制所选行（或整张表），可粘贴到电子表格（Ctrl+C）",
    "Rank by %1 (1 = largest; \"=\" marks a shared rank)": "按%1排名（1 为最大；“=”表示并列）",
    "Sort by a metric, or colour the map by one, to see ranks": "按某项指标排序，或按指标为地图着色，即可看到排名",
    "Figures for %1": "%1年数据",
    "Click to sort; again to reverse": "点击排序，再次点击则反向",
    "Districts and their metrics": "各区及其指标",
    "Click a row to open the district, Ctrl+click a second row to compare; Ctrl+C copies for a spreadsheet.":
        "点击一行打开该区，按住 Ctrl 点击另一行即可对比；Ctrl+C 复制后可粘贴到电子表格。",
    "%1: %2 (rank %3 of %4)": "%1：%2（%4 个区中排第 %3）",
    "No data: %1": "暂无数据：%1",
    "The chart shows the metric chosen under \"Colour by\". Click a bar to open the district.":
        "图表显示“着色指标”中所选的指标。点击条形即可打开该区。",
}


def main() -> int:
    path = pathlib.Path(__file__).resolve().parent.parent / "app/i18n/shanghai-innovation-map_zh_CN.ts"
    text = path.read_text(encoding="utf-8")
    missing = []

    def unescape(t):
        return t.replace("&apos;", "'").replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")

    def escape(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def fill(m):
        source = unescape(m.group(1))
        if source not in ZH:
            missing.append(source)
            return m.group(0)
        return f"<source>{m.group(1)}</source>\n        <translation>{escape(ZH[source])}</translation>"

    text = re.sub(r'<source>([^<]*)</source>\s*<translation type="unfinished"></translation>', fill, text)

    def fill_numerus(m):  # %n strings: Chinese has one plural form
        source = unescape(m.group(1))
        if source not in ZH:
            missing.append(source)
            return m.group(0)
        return (f"<source>{m.group(1)}</source>\n        <translation>\n            "
                f"<numerusform>{escape(ZH[source])}</numerusform>\n        </translation>")

    text = re.sub(r'<source>([^<]*)</source>\s*<translation type="unfinished">\s*<numerusform></numerusform>\s*</translation>',
                  fill_numerus, text)
    path.write_text(text, encoding="utf-8")
    for s in missing:
        print("no translation:", s)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
