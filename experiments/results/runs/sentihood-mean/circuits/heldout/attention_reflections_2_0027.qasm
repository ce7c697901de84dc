// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.5519693324977972) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 66ad6129bec6df88eb0bb86c0e1e940d8dfe570b273a1c976e0992c1d7312d72
