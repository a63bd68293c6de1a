package org.statsbase.testkit.reporting;

import java.util.List;

/** The texts generated histories use: queries, answers, reasons, explanations good and bad. */
final class Texts {

    /** Explanations of a verify failure the default {@code ExplanationPolicy} accepts. */
    static final List<String> EXPLANATIONS = List.of("本月新增军品订单三笔，产值较上月增长一倍",
            "新生产线十月投产，产量大幅增加", "承接大额出口订单，当月集中交货",
            "原材料价格上涨，产品单价随之上调约四成");
    /** Boilerplate the default policy rejects (核实无误 and the like). */
    static final List<String> BOILERPLATE = List.of("核实无误", "经核实无误", "数据无误。", "确认无误");
    static final List<String> QUERIES = List.of("请说明 B01 较上月的变化", "销售产值与库存变化不符，请核实",
            "请补充情况说明");
    static final List<String> ANSWERS = List.of("已核实，新增订单所致", "库存减少系集中发货", "已补充说明");
    static final List<String> REASONS = List.of("发现漏报一笔产值", "销售产值统计口径有误", "补报子公司数据");
    static final List<String> INSTITUTIONS = List.of("重庆市统计局", "区统计局综合科", "市统计局工业处");
    static final List<String> REMARKS = List.of("十月含国庆假期", "新设备试运行", "");

    private Texts() {
    }

    static String pick(List<String> texts, Move m) {
        return texts.get(Math.floorMod(m.choice() + m.variant(), texts.size()));
    }
}
