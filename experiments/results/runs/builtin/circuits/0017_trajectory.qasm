// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5785018198092486) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 66a5955e3b65e9c5fa7a90b36ff0ee1e62a28d8772dc8365bde5a0f4e7998f84
