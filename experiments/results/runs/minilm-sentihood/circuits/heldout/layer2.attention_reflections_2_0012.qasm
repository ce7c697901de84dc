// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2127324379204723) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fef154a5c489be9640ae0bb969f60c47b8f4794347363255b8a99ced937f2977
