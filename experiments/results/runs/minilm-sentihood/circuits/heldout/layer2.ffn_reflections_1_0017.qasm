// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0766113166682159) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 27b926dee9e2e1cded5223fd8919d80977d7f4bef32ee3f9d4d10ae2000c3acf
