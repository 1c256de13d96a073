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
    "Nothing was loaded from %1. Fix the problems below and start again, or start with --data to choose another directory.":
        "未从 %1 加载任何数据。请修正以下问题后重新启动，或使用 --data 指定其他数据目录。",
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
    "Nothing found": "未找到结果",
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
    path.write_text(text, encoding="utf-8")
    for s in missing:
        print("no translation:", s)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
