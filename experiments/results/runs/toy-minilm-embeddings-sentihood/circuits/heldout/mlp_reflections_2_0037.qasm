// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.087786193391434) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d63cb416250cdc5ea8a076098c1a4186059e9de57e4d07848377ed741047c7d6
