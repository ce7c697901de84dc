// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4126082734104917) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a15e5059d3fc8abecb47a0ab547ef8b85512ad5085be51b85da7529efb41624c
