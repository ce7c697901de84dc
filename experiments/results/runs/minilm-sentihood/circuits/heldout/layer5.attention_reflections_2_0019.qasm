// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6306697776088706) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5ef145d5396041fc84e25b8a0d5d5f0eed7dfa67af635f02fabc2844b3f9f446
