// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5865330864999233) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0ce6dc0711aef30b657a413f9624b98a9f91388ea5b77624f639be3f0cf09bdb
