// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3072147057728451) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 36d60592324b9809a095ffc9149bc0883d3038c75a5fb228fca77e59d86ae5db
