// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.919438917220483) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bb5f54df1d764e4147185c8d99da00019d144693d2563ac758d33053c571d885
