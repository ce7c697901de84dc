// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24157183676867877) q[0];
ry(1.3644357982635262) q[0];
rz(-0.0504408751722476) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6369a5fa259ebad2f064369e007c68e0ef2c17c21cd170f0a00a0fa6e85523da
