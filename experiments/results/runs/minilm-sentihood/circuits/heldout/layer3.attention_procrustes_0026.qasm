// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3825829622766357) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4a47ee6b464cd2368d611de7ee08bba8b2c49ee6525737858d3f9d032e503597
