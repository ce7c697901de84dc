// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.20453227201525026) q[0];
ry(1.3847391908716296) q[0];
rz(-0.038353270854980526) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e44fb2645f1cc8169f313aacff8520a99e0cf63c61b08b068291ee06e11e116d
