// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0106332666500006) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cc0bc42c8746798aaa8497a879eac8498aa1bfc6e700f772e723e459987feb45
