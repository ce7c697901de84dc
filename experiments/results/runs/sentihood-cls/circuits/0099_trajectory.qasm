// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3721566409272237) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5049e8a2c9c794bde329993b8b803f525055bd707b5614507cfaa84a8ac3b5fb
