// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.29513645002683786) q[0];
ry(1.5259190197822297) q[0];
rz(-0.013637962141795246) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 292d2b6b482a2fa2a212520292aaa82680f88d39f76389b1383992919ae61b21
