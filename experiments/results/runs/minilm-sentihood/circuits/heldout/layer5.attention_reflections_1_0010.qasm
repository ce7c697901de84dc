// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2955083295499479) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e328ce3587d6f34e62519b95a856f2087c8f009393733f67e3108c388c7c4571
