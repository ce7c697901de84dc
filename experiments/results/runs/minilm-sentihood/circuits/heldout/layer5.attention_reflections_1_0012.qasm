// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.4573201006101957) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c738876a049f07199420562dd6e283ba418442e033e55127d23c5b7802dc9395
