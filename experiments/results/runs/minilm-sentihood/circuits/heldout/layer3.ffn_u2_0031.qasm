// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2452520868508956) q[0];
ry(1.8384859176051296) q[0];
rz(0.06610638764343424) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a161e5d1196098789974f109ce9a394ff092509ed3c38ef3cbaecb740f2f274e
