// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.20293233263659882) q[0];
ry(1.5797418155830254) q[0];
rz(0.0018406390655516525) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 168653da7b939c16630a513e60a77cdfeb9ec3ff801bad4d33c2ec9200d43d2f
