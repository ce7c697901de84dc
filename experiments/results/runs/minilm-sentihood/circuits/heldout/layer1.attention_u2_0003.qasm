// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3213109634493785) q[0];
ry(1.1708985822500373) q[0];
rz(-0.12886647363604675) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 586b81c34efebcc14731d321cf0451d4c5cdaaec00276a30bee8a2e428edd7b6
