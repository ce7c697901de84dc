// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.213482661774643) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 895b76841e039ad27b5a8b692e494c3b6da69dabd99c308215bee05b87199f80
