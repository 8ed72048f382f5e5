<?xml version="1.0" encoding="UTF-8"?>
<!-- Placeholder: replaced by the chronology page stylesheet. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:e="urn:x-editio" exclude-result-prefixes="e">
  <xsl:output method="html" encoding="UTF-8"/>
  <xsl:template match="/"><html><body><ol><xsl:for-each select="//e:dated"><li><xsl:value-of select="e:text"/></li></xsl:for-each></ol></body></html></xsl:template>
</xsl:stylesheet>
