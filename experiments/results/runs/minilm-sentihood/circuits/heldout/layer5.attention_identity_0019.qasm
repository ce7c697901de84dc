// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6494374336187076) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7d4701bf4db11832cb70e394070bc1f30480fd8fde0bae80e94cde81104450b7
