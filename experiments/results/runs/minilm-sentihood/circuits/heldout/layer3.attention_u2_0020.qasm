// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.30775853777139606) q[0];
ry(2.4136991676680304) q[0];
rz(0.23299567739792115) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d1ded939e98acaa20983f31caa5731e027d5c29277f9d178736e12147ffb92b7
