import { setup, panel, section, placeRow, eventRow, shotPanel, out } from '/tmp/uxhelper/setup.mjs';
const { browser, page, pageErrors } = await setup();
await page.getByRole('tab', { name: 'Review' }).click();
const alex = placeRow(page, 'Alexandria');
await alex.locator('button.row').click();
const sb = alex.getByRole('searchbox');
for (const q of ['Alexandria', 'Oleksandriia', 'Aleksandriya', 'Oleksandriya', 'alexandria rivne', '   ', 'Rivne', 'xqzzy', 'Ровно', 'Kharkiv University']) {
  await sb.fill(q);
  await page.waitForTimeout(900);
  const res = alex.getByTestId('gazetteer-results');
  const txt = await res.count() ? (await res.innerText()).replace(/\n/g,' | ') : '(no results list)';
  console.log(JSON.stringify(q), '=>', txt.slice(0, 600));
}
await sb.fill('Alexandria');
await page.waitForTimeout(900);
await alex.scrollIntoViewIfNeeded();
await shotPanel(page, '14-search');
// press Enter in the search box
await sb.press('Enter');
await page.waitForTimeout(500);
console.log('after enter status:', await alex.locator('.status').innerText());
await sb.fill('');
await page.waitForTimeout(500);
console.log('empty search list count', await alex.getByTestId('gazetteer-results').count());
console.log('errors', pageErrors);
await browser.close();
