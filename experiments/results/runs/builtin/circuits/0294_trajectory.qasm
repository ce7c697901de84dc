// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9250192524581912) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d08b33b413fd183c39a472aed4426d342e54d470bb3dc5134b1af90552357a0b
