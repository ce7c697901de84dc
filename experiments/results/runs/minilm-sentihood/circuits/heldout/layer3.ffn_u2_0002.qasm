// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2824852190858249) q[0];
ry(2.144249184091745) q[0];
rz(0.1561868295479334) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0579b55892f3b53d4748bd9fcdf72622b0326abd9b48b8fb5f057c1b98990e98
