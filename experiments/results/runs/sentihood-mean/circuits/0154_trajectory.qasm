// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.878919539891287) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 51519b029c095daaee614ed771f1c9fb6daa65be7f16d3c103b9e062620dee58
