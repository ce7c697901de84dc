// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.248628915778239) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 352b9922a8677d3396739c7e30f5e84ba264899a75db28ca01de48b6ba0167ba
