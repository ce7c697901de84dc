// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.20453239947476431) q[0];
ry(1.384739291726895) q[0];
rz(-0.038353274882098276) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 86bab19111cf4fb56ec2e775b853d61a45016cbb419fe7e3ca91343c49a6220d
