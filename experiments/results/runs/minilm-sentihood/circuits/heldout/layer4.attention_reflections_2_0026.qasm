// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6233884776646998) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4150c5ea21b644f1c17efecaa70fb7afd81fe20b0be84a0d2e9b9c3e217b0885
