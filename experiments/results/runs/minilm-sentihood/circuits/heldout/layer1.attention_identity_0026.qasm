// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.25255110901992) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 41cd7f65d0196a9ba66a07565867efc806d3cf9d2460742c077577fc510b201c
