const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
const only=process.argv[3];
wb.eachSheet(ws=>{ if(only&&ws.name!==only)return; console.log('=== '+ws.name+' state='+ws.state+' dims='+ws.dimensions);
ws.eachRow({includeEmpty:false},(row,r)=>{const out=[];row.eachCell({includeEmpty:false},(c,col)=>{let v=c.value; if(v&&typeof v==='object')v=JSON.stringify(v); out.push(c.address+'='+String(v).slice(0,50)+(c.note?' [N:'+JSON.stringify(c.note).slice(0,80)+']':''));});console.log(out.join(' | '));});
const cf=ws.conditionalFormattings; if(cf&&cf.length)console.log('CF',JSON.stringify(cf).slice(0,800));
});})();
