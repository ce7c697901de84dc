// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3625412381054005) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b9886b0e94cfa5f4f9c228a447c7835621645d8e999c0665ac81bdc96bb2bc4c
