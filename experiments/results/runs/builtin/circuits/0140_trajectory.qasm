// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6505597093993565) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 327fe00292a3c9ba1622288a6a55dff359a18d0cc8a41404ab985c5d637bccd0
